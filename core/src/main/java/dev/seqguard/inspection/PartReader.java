package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.List;

import dev.seqguard.inspection.StateReader.BranchResult;
import dev.seqguard.inspection.StateReader.Read;
import org.jspecify.annotations.Nullable;

/**
 * Reads one part of a check (at most {@value StateReader#READS_PER_TRANSACTION} tables
 * and sequences) on one connection, in one round trip: a {@code LOCK TABLE} of its tables
 * in {@code ACCESS SHARE} mode, then one statement ({@code read_state.sql}) that has the
 * server plan each table's {@code max(id)} on its own.
 * <p>
 * A part that starts a transaction sends the transaction's settings in the same round
 * trip. When the statement fails (a table locked past the timeout), the part is read
 * again in halves behind savepoints, each table's lock wait cut to
 * {@link #RETRY_LOCK_TIMEOUT}, until only the failing reads are left: one locked table
 * costs one statement timeout and one {@code ERROR}, not the check.
 */
final class PartReader {

	/**
	 * Lock wait allowed to each table read again after a statement failed: a table held
	 * by another session already cost one statement timeout, it must not cost one more.
	 */
	static final Duration RETRY_LOCK_TIMEOUT = Duration.ofMillis(100);

	/**
	 * Starts a transaction: READ COMMITTED whatever the database's or the pool's default,
	 * so that a read that waited for a lock sees what was committed meanwhile, then the
	 * timeouts, transaction-scoped so the pooled connection keeps its own settings.
	 */
	static final String SESSION_SQL = "set transaction isolation level read committed;\n"
			+ "select pg_catalog.set_config('statement_timeout', ?, true), "
			+ "pg_catalog.set_config('lock_timeout', ?, true);\n";

	private static final String READ_SQL = TargetResolver.load("read_state.sql");

	private final Duration statementTimeout;

	PartReader(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	/**
	 * Reads a part into {@code results}.
	 * @param connection a connection that is not in auto-commit mode
	 * @param part the reads
	 * @param newTransaction whether the part starts a transaction (and so sends its
	 * settings) or continues one
	 * @param results where each read's result goes, by its index
	 * @throws SQLException when the connection itself fails
	 */
	void read(Connection connection, List<Read> part, boolean newTransaction, BranchResult[] results)
			throws SQLException {
		try {
			execute(connection, part, newTransaction ? this.statementTimeout : null, results);
		}
		catch (SQLException ex) {
			if (DatabaseErrors.isConnectionFailure(ex)) {
				throw ex;
			}
			connection.rollback();
			begin(connection, RETRY_LOCK_TIMEOUT);
			readInHalves(connection, part, results);
		}
	}

	/** Sends the settings of a new transaction alone. */
	void begin(Connection connection, Duration lockTimeout) throws SQLException {
		try (PreparedStatement statement = ServerPrepared.prepare(connection, SESSION_SQL)) {
			setTimeouts(statement, lockTimeout);
			statement.execute();
		}
	}

	private void readInHalves(Connection connection, List<Read> reads, BranchResult[] results) throws SQLException {
		int middle = reads.size() / 2;
		for (List<Read> half : List.of(reads.subList(0, middle), reads.subList(middle, reads.size()))) {
			if (half.isEmpty()) {
				continue;
			}
			SQLException error = readBehindSavepoint(connection, half, results);
			if (error != null && half.size() == 1) {
				results[half.get(0).index()] = BranchResult.failed(error);
			}
			else if (error != null) {
				readInHalves(connection, half, results);
			}
		}
	}

	private @Nullable SQLException readBehindSavepoint(Connection connection, List<Read> reads, BranchResult[] results)
			throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			execute(connection, reads, null, results);
			connection.releaseSavepoint(savepoint);
			return null;
		}
		catch (SQLException ex) {
			if (DatabaseErrors.isConnectionFailure(ex)) {
				throw ex;
			}
			connection.rollback(savepoint);
			return ex;
		}
	}

	/**
	 * Runs the read statement, preceded by the transaction's settings when
	 * {@code lockTimeout} is not {@code null}.
	 */
	private void execute(Connection connection, List<Read> reads, @Nullable Duration lockTimeout,
			BranchResult[] results) throws SQLException {
		ReadArrays arrays = new ReadArrays(reads);
		String sql = ((lockTimeout != null) ? SESSION_SQL : "") + lockTables(reads) + READ_SQL;
		try (PreparedStatement statement = ServerPrepared.prepare(connection, sql)) {
			int next = 1;
			if (lockTimeout != null) {
				setTimeouts(statement, lockTimeout);
				next = 3;
			}
			statement.setArray(next, connection.createArrayOf("int4", arrays.tableIndexes));
			statement.setArray(next + 1, connection.createArrayOf("int8", arrays.tableOids));
			statement.setArray(next + 2, connection.createArrayOf("int4", arrays.attnums));
			statement.setArray(next + 3, connection.createArrayOf("bool", arrays.smallest));
			statement.setArray(next + 4, connection.createArrayOf("int4", arrays.sequenceIndexes));
			statement.setArray(next + 5, connection.createArrayOf("int8", arrays.sequenceOids));
			statement.execute();
			try (ResultSet rows = Results.last(statement)) {
				while (rows.next()) {
					results[rows.getInt(1)] = result(rows.getString(2), rows.getLong(3), rows.wasNull());
				}
			}
		}
		for (Read read : reads) {
			if (results[read.index()] == null) {
				results[read.index()] = BranchResult
					.failed(new SQLException("the relation was dropped while it was being checked", "42P01"));
			}
		}
	}

	/**
	 * Locks the part's tables as their reads will, in a statement of its own. The read
	 * statement's snapshot is taken when it starts and {@code query_to_xml} runs each
	 * {@code max(id)} in it: a read that waited there for a lock (a migration inserting
	 * rows) would not see what was committed meanwhile. Waiting here instead, the read
	 * starts after every wait. Names are the catalog's, quoted by
	 * {@code format('%I.%I')}; no parameters.
	 */
	private static String lockTables(List<Read> reads) {
		StringBuilder sql = new StringBuilder();
		for (Read read : reads) {
			if (!read.isSequence()) {
				sql.append((sql.length() == 0) ? "lock table " : ", ").append(read.tableSql());
			}
		}
		return (sql.length() == 0) ? "" : sql.append(" in access share mode;\n").toString();
	}

	private void setTimeouts(PreparedStatement statement, Duration lockTimeout) throws SQLException {
		statement.setString(1, this.statementTimeout.toMillis() + "ms");
		statement.setString(2, lockTimeout.toMillis() + "ms");
	}

	/**
	 * One row: a table's extreme id as {@code <v>n</v>} (no element for an empty table),
	 * a called sequence's {@code last_value}, or a sequence read from its relation as
	 * {@code <last_value>} and {@code <is_called>}.
	 */
	static BranchResult result(String xml, long lastValue, boolean lastValueIsNull) {
		if (!lastValueIsNull) {
			return new BranchResult(lastValue, true, null);
		}
		if (xml.contains("<is_called>")) {
			return new BranchResult(number(xml, "<last_value>"), xml.contains("<is_called>true<"), null);
		}
		return new BranchResult(number(xml, "<v>"), null, null);
	}

	private static @Nullable Long number(String xml, String element) {
		int start = xml.indexOf(element);
		if (start < 0) {
			return null;
		}
		start += element.length();
		return Long.parseLong(xml, start, xml.indexOf('<', start), 10);
	}

	/** A part's reads as the statement's array parameters. */
	private static final class ReadArrays {

		private final Integer[] tableIndexes;

		private final Long[] tableOids;

		private final Integer[] attnums;

		private final Boolean[] smallest;

		private final Integer[] sequenceIndexes;

		private final Long[] sequenceOids;

		ReadArrays(List<Read> reads) {
			int sequences = (int) reads.stream().filter(Read::isSequence).count();
			int tables = reads.size() - sequences;
			this.tableIndexes = new Integer[tables];
			this.tableOids = new Long[tables];
			this.attnums = new Integer[tables];
			this.smallest = new Boolean[tables];
			this.sequenceIndexes = new Integer[sequences];
			this.sequenceOids = new Long[sequences];
			int table = 0;
			int sequence = 0;
			for (Read read : reads) {
				if (read.isSequence()) {
					this.sequenceIndexes[sequence] = read.index();
					this.sequenceOids[sequence++] = read.oid();
				}
				else {
					this.tableIndexes[table] = read.index();
					this.tableOids[table] = read.oid();
					this.attnums[table] = read.attnum();
					this.smallest[table++] = read.smallest();
				}
			}
		}

	}

}
