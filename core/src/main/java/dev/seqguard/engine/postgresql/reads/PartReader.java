package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.List;

import dev.seqguard.engine.postgresql.reads.StateReader.Read;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.measurement.BranchResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads one part of a check (at most {@value StateReader#READS_PER_TRANSACTION} tables
 * and sequences) on one connection, in one round trip: a {@code LOCK TABLE} of its tables
 * in {@code ACCESS SHARE} mode, then one read statement: {@link ColdRead} on a backend
 * that has not read this part before, {@link WarmRead} (its plan kept by the backend) on
 * one that has ({@link WarmBackends}) and for a small check from its first read.
 * <p>
 * A part that starts a transaction sends the transaction's settings in the same round
 * trip. When the statement fails (a table locked past the timeout), the part is read
 * again in halves behind savepoints, each table's lock wait cut to
 * {@link #RETRY_LOCK_TIMEOUT}, until only the failing reads are left: one locked table
 * costs one statement timeout and one {@code ERROR}, not the check.
 */
public final class PartReader {

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
	public static final String SESSION_SQL = "set transaction isolation level read committed;\n"
			+ "select pg_catalog.set_config('statement_timeout', ?, true), "
			+ "pg_catalog.set_config('lock_timeout', ?, true);\n";

	private final Duration statementTimeout;

	private final WarmBackends warmBackends;

	PartReader(Duration statementTimeout, WarmBackends warmBackends) {
		this.statementTimeout = statementTimeout;
		this.warmBackends = warmBackends;
	}

	/**
	 * Reads a part into {@code results}.
	 * @param connection a connection that is not in auto-commit mode
	 * @param part the reads
	 * @param newTransaction whether the part starts a transaction (and so sends its
	 * settings) or continues one
	 * @param smallCheck whether the part is a whole small check
	 * ({@link StateReader#PARALLEL_FROM}), read with the kept {@link WarmRead} from its
	 * first read on a backend that keeps plans
	 * @param results where each read's result goes, by its index
	 * @throws SQLException when the connection itself fails
	 */
	void read(Connection connection, List<Read> part, boolean newTransaction, boolean smallCheck,
			BranchResult[] results) throws SQLException {
		Shape shape = shape(connection, part, smallCheck);
		try {
			execute(connection, part, shape, newTransaction ? this.statementTimeout : null, results);
			this.warmBackends.remember(connection, part);
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

	/**
	 * The shape of a part's read: the kept {@link WarmRead} on a backend that has read
	 * the part before, and for a small check where the backend keeps plans;
	 * {@link ColdRead} otherwise.
	 */
	Shape shape(Connection connection, List<Read> part, boolean smallCheck) throws SQLException {
		boolean planKept = this.warmBackends.hasRead(connection, part)
				|| (smallCheck && this.warmBackends.keepsPlans(connection));
		return planKept ? new WarmRead(part) : new ColdRead(part);
	}

	/** Sends the settings of a new transaction alone. */
	void begin(Connection connection, Duration lockTimeout) throws SQLException {
		try (PreparedStatement statement = ServerPrepared.prepare(connection, SESSION_SQL)) {
			setTimeouts(statement, lockTimeout);
			statement.execute();
		}
	}

	/**
	 * Reads the reads of a failed statement again, in halves, each table by table
	 * ({@link ColdRead}): a half is a statement no backend keeps a plan for.
	 */
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
			execute(connection, reads, new ColdRead(reads), null, results);
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
	private void execute(Connection connection, List<Read> reads, Shape shape, @Nullable Duration lockTimeout,
			BranchResult[] results) throws SQLException {
		String sql = ((lockTimeout != null) ? SESSION_SQL : "") + lockTables(reads) + shape.sql();
		try (PreparedStatement statement = ServerPrepared.prepare(connection, sql)) {
			int next = 1;
			if (lockTimeout != null) {
				setTimeouts(statement, lockTimeout);
				next = 3;
			}
			shape.bind(connection, statement, next);
			statement.execute();
			try (ResultSet rows = Results.last(statement)) {
				shape.collect(rows, results);
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
				sql.append((sql.length() == 0) ? "lock table " : ", ").append(read.relationSql());
			}
		}
		return (sql.length() == 0) ? "" : sql.append(" in access share mode;\n").toString();
	}

	private void setTimeouts(PreparedStatement statement, Duration lockTimeout) throws SQLException {
		statement.setString(1, this.statementTimeout.toMillis() + "ms");
		statement.setString(2, lockTimeout.toMillis() + "ms");
	}

	/**
	 * A read statement's shape: its text, its parameters and its rows, one per read (a
	 * read with no row was of a relation dropped meanwhile).
	 */
	interface Shape {

		/** The statement's text. */
		String sql();

		/** Binds the statement's parameters from {@code first} on. */
		void bind(Connection connection, PreparedStatement statement, int first) throws SQLException;

		/** Puts each row's result at its read's index. */
		void collect(ResultSet rows, BranchResult[] results) throws SQLException;

	}

}
