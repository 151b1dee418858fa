package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.seqguard.measurement.BranchResult;
import dev.seqguard.measurement.StateReads;
import org.jspecify.annotations.Nullable;

/**
 * Reads sequence state and the tables' extreme ids: one statement per part of at most
 * {@value #READS_PER_TRANSACTION} reads, each part in a transaction of its own, parts
 * spread over the connections the pool can spare.
 * <p>
 * Each part is read by a {@link PartReader}, after a {@code LOCK TABLE} of its tables in
 * {@code ACCESS SHARE} mode sent in the same round trip: the first read of a large check
 * has the server plan every {@code max(id)} alone ({@link ColdRead}), so a backend with
 * cold caches pays for no large plan; a re-check on the same backend, and a small check
 * ({@link #PARALLEL_FROM}) from its first read, run one {@code UNION ALL} whose plan the
 * backend keeps ({@link WarmRead}). Ending the transaction after each part keeps the
 * locks it holds within a default server's lock table ({@code max_locks_per_transaction}
 * times {@code max_connections}), even with parts read side by side.
 */
public final class StateReader implements StateReads {

	/**
	 * Reads per part and transaction. A table read locks the table and its index, a
	 * sequence read the sequence: a part holds about 2,000 locks, two parts side by side
	 * under the 6,400 of a default server.
	 */
	public static final int READS_PER_TRANSACTION = 1000;

	/**
	 * Fewer reads than this make a small check, read in one part on one connection: a
	 * second connection would cost more than it saves. A small check's {@link WarmRead}
	 * is also its first read where the backend keeps plans: planning that
	 * {@code UNION ALL} costs a cold backend a few milliseconds more than
	 * {@link ColdRead} (about 5 ms at 100 tables), and a backend that planned it reads it
	 * faster on every re-check than one that first read each table alone (server time of
	 * the kept statement at 100 tables: 1.4-1.8 ms against 2.4-3.1 ms). From 1,000 tables
	 * on, planning a large {@code UNION ALL} cold would cost more than the whole check.
	 */
	static final int PARALLEL_FROM = 600;

	private final List<Read> reads = new ArrayList<>();

	private final PartReader partReader;

	private final WarmBackends warmBackends;

	/**
	 * Creates a reader for one check.
	 * @param statementTimeout the longest run of each statement
	 * @param warmBackends the backends that already keep the warm read's plan
	 */
	public StateReader(Duration statementTimeout, WarmBackends warmBackends) {
		this.partReader = new PartReader(statementTimeout, warmBackends);
		this.warmBackends = warmBackends;
	}

	/**
	 * Adds the read of a sequence's {@code last_value} and {@code is_called}.
	 * @param sequenceOid the sequence
	 * @param sequenceSql the sequence's quoted name
	 * @return the index of the read's result
	 */
	@Override
	public int addSequence(long sequenceOid, String sequenceSql) {
		int index = this.reads.size();
		this.reads.add(new Read(index, sequenceOid, sequenceSql, null, 0, false, true));
		return index;
	}

	/**
	 * Adds the read of a table's largest (or smallest) id.
	 * @param tableOid the table
	 * @param tableSql the table's quoted name
	 * @param columnSql the id column's quoted name
	 * @param attnum the id column's number
	 * @param smallest whether to read {@code min} instead of {@code max}
	 * @return the index of the read's result
	 */
	@Override
	public int addExtremeId(long tableOid, String tableSql, String columnSql, int attnum, boolean smallest) {
		int index = this.reads.size();
		this.reads.add(new Read(index, tableOid, tableSql, columnSql, attnum, smallest, false));
		return index;
	}

	/**
	 * Runs every read added so far.
	 * <p>
	 * The first part continues the connection's transaction; every later part ends the
	 * transaction before it and starts its own. Parts go to other connections too when
	 * {@code dataSource} is a pool that has idle connections to spare
	 * ({@link SpareConnections}).
	 * @param connection a connection inside a transaction, where the check began
	 * @param dataSource the pool the connection came from, for more connections
	 * @return one result per read, by index
	 * @throws SQLException when the connection itself fails
	 */
	@Override
	public List<BranchResult> read(Connection connection, DataSource dataSource) throws SQLException {
		BranchResult[] results = new BranchResult[this.reads.size()];
		boolean small = this.reads.size() < PARALLEL_FROM;
		int helpers = (!small && !this.warmBackends.knows(connection)) ? SpareConnections.available(dataSource) : 0;
		List<SideBySide.Part> parts = new ArrayList<>();
		for (List<Read> part : parts(1 + helpers)) {
			parts.add(new ReadPart(this.partReader, part, small, results));
		}
		SideBySide.run(connection, dataSource, helpers, parts);
		return Arrays.asList(results);
	}

	/**
	 * Cuts the reads into parts of at most {@value #READS_PER_TRANSACTION}, at least one
	 * per connection, of equal size so that connections read side by side finish
	 * together.
	 */
	private List<List<Read>> parts(int connections) {
		int size = this.reads.size();
		int count = Math.max((size + READS_PER_TRANSACTION - 1) / READS_PER_TRANSACTION, Math.min(connections, size));
		if (connections > 1 && count % connections != 0) {
			count += connections - count % connections;
		}
		List<List<Read>> parts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int from = (int) ((long) size * i / count);
			int to = (int) ((long) size * (i + 1) / count);
			if (to > from) {
				parts.add(this.reads.subList(from, to));
			}
		}
		return parts;
	}

	/** One part of the reads, run side by side with the others, writing its results. */
	private static final class ReadPart implements SideBySide.Part {

		private final PartReader partReader;

		private final List<Read> reads;

		private final boolean small;

		private final BranchResult[] results;

		ReadPart(PartReader partReader, List<Read> reads, boolean small, BranchResult[] results) {
			this.partReader = partReader;
			this.reads = reads;
			this.small = small;
			this.results = results;
		}

		@Override
		public void run(Connection connection, boolean newTransaction) throws SQLException {
			this.partReader.read(connection, this.reads, newTransaction, this.small, this.results);
		}

	}

	/**
	 * One read: a table's extreme id or a sequence's state.
	 *
	 * @param index where its result goes
	 * @param oid the table or sequence
	 * @param relationSql the table's or the sequence's quoted name
	 * @param columnSql the id column's quoted name, {@code null} for a sequence
	 * @param attnum the id column's number, for a table
	 * @param smallest whether {@code min} is read instead of {@code max}, for a table
	 * @param isSequence whether it reads a sequence
	 */
	record Read(int index, long oid, String relationSql, @Nullable String columnSql, int attnum, boolean smallest,
			boolean isSequence) {

		/**
		 * Written out: the record's own costs a new JVM milliseconds the first time it
		 * runs ({@code ObjectMethods} bootstrap), in the startup check.
		 */
		@Override
		public int hashCode() {
			int hash = 31 * this.index + Long.hashCode(this.oid);
			hash = 31 * hash + this.relationSql.hashCode();
			hash = 31 * hash + Objects.hashCode(this.columnSql);
			hash = 31 * hash + this.attnum;
			hash = 31 * hash + Boolean.hashCode(this.smallest);
			return 31 * hash + Boolean.hashCode(this.isSequence);
		}

	}

}
