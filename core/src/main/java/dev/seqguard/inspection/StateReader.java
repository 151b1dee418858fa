package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads sequence state and the tables' extreme ids in as few statements as possible.
 * <p>
 * Each statement is a {@code UNION ALL} of plain branches, {@code SELECT k, max(id) FROM t} and
 * {@code SELECT k, last_value, is_called FROM seq}: PostgreSQL answers each {@code max} with a backward index-only
 * scan, and this shape plans in linear time (sub-selects such as {@code SELECT (SELECT max(id) FROM t)} took 40
 * times longer to plan on 1,000 tables, see DESIGN.md). Statements are chunked so no single plan grows without
 * bound. A failing statement is retried branch by branch, so one unreadable table costs only its own result.
 * <p>
 * Names in the SQL text come from the catalog, quoted by PostgreSQL's {@code format('%I.%I')}. The text of each
 * chunk is the same from one check to the next, so its plan is prepared once per connection and reused by
 * periodic re-checks: planning is most of the cost of these statements.
 */
final class StateReader {

	/** Branches per statement: large enough to amortise round trips, small enough to plan quickly. */
	static final int BRANCHES_PER_STATEMENT = 250;

	/**
	 * Branches per transaction. Each branch keeps a lock on its relation (and index) until the transaction ends; a
	 * server's lock table holds {@code max_locks_per_transaction} (64) times {@code max_connections} (100) entries
	 * by default, so a check of thousands of tables in one transaction would fail with "out of shared memory".
	 */
	static final int BRANCHES_PER_TRANSACTION = 4 * BRANCHES_PER_STATEMENT;

	private final List<String> branches = new ArrayList<>();

	/**
	 * Adds the read of a sequence's {@code last_value} and {@code is_called}.
	 * @param sequenceSql the quoted sequence name
	 * @return the index of the branch's result
	 */
	int addSequence(String sequenceSql) {
		int index = this.branches.size();
		this.branches.add("select " + index + ", last_value, is_called from " + sequenceSql);
		return index;
	}

	/**
	 * Adds the read of a table's largest (or smallest) id.
	 * @param tableSql the quoted table name
	 * @param columnSql the quoted id column
	 * @param smallest whether to read {@code min} instead of {@code max}
	 * @return the index of the branch's result
	 */
	int addExtremeId(String tableSql, String columnSql, boolean smallest) {
		int index = this.branches.size();
		String aggregate = smallest ? "pg_catalog.min" : "pg_catalog.max";
		this.branches.add("select " + index + ", " + aggregate + "(" + columnSql + ")::int8, null::bool from " + tableSql);
		return index;
	}

	/**
	 * Runs every branch added so far, one statement per chunk.
	 * <p>
	 * The happy path takes one round trip per chunk. When a chunk fails, its error has aborted the transaction: the
	 * transaction is restarted and the chunk's branches are read one by one, each behind a savepoint, so that only
	 * the failing ones are reported as failed.
	 * @param connection a connection inside a transaction
	 * @param restart ends the transaction (committed, or rolled back after an error) and starts a new one with the
	 * same settings
	 * @return one result per branch, by index
	 * @throws SQLException when the connection itself fails
	 */
	List<BranchResult> read(Connection connection, TransactionRestart restart) throws SQLException {
		List<BranchResult> results = new ArrayList<>(this.branches.size());
		for (int start = 0; start < this.branches.size(); start += BRANCHES_PER_STATEMENT) {
			if (start > 0 && start % BRANCHES_PER_TRANSACTION == 0) {
				restart.restart(false);
			}
			List<String> chunk = this.branches.subList(start,
					Math.min(start + BRANCHES_PER_STATEMENT, this.branches.size()));
			try {
				results.addAll(execute(connection, String.join("\nunion all\n", chunk), start, chunk.size()));
			}
			catch (SQLException ex) {
				if (DatabaseErrors.isConnectionFailure(ex)) {
					throw ex;
				}
				restart.restart(true);
				for (int i = 0; i < chunk.size(); i++) {
					results.add(readAlone(connection, chunk.get(i), start + i));
				}
			}
		}
		return results;
	}

	private static BranchResult readAlone(Connection connection, String branch, int index) throws SQLException {
		Savepoint savepoint = connection.setSavepoint();
		try {
			BranchResult result = execute(connection, branch, index, 1).get(0);
			connection.releaseSavepoint(savepoint);
			return result;
		}
		catch (SQLException ex) {
			if (DatabaseErrors.isConnectionFailure(ex)) {
				throw ex;
			}
			connection.rollback(savepoint);
			return BranchResult.failed(ex);
		}
	}

	private static List<BranchResult> execute(Connection connection, String sql, int firstIndex, int count)
			throws SQLException {
		BranchResult[] results = new BranchResult[count];
		try (PreparedStatement statement = ServerPrepared.prepare(connection, sql);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				long value = rows.getLong(2);
				Long nullableValue = rows.wasNull() ? null : value;
				boolean flag = rows.getBoolean(3);
				Boolean nullableFlag = rows.wasNull() ? null : flag;
				results[rows.getInt(1) - firstIndex] = new BranchResult(nullableValue, nullableFlag, null);
			}
		}
		return Arrays.asList(results);
	}

	/** Ends the current transaction and starts a new one. */
	@FunctionalInterface
	interface TransactionRestart {

		/**
		 * Ends the current transaction and starts a new one.
		 * @param afterFailure whether a statement failed, so that reads retried one by one wait only briefly for
		 * locks
		 */
		void restart(boolean afterFailure) throws SQLException;

	}

	/**
	 * The result of one branch.
	 *
	 * @param value {@code last_value} or the extreme id; {@code null} for an empty table
	 * @param isCalled {@code is_called} for a sequence branch, {@code null} otherwise
	 * @param error why the branch failed, {@code null} when it did not
	 */
	record BranchResult(@Nullable Long value, @Nullable Boolean isCalled, @Nullable SQLException error) {

		static BranchResult failed(SQLException error) {
			return new BranchResult(null, null, error);
		}

	}

}
