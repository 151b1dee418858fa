package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
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
 * Names in the SQL text come from the catalog, quoted by PostgreSQL's {@code format('%I.%I')}.
 */
final class StateReader {

	/** Branches per statement: large enough to amortise round trips, small enough to plan quickly. */
	static final int BRANCHES_PER_STATEMENT = 250;

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
		String aggregate = smallest ? "min" : "max";
		this.branches.add("select " + index + ", " + aggregate + "(" + columnSql + ")::int8, null::bool from " + tableSql);
		return index;
	}

	/**
	 * Runs every branch added so far.
	 * @param connection a connection inside a transaction
	 * @return one result per branch, by index
	 * @throws SQLException when the connection itself fails
	 */
	List<BranchResult> read(Connection connection) throws SQLException {
		List<BranchResult> results = new ArrayList<>(this.branches.size());
		for (int start = 0; start < this.branches.size(); start += BRANCHES_PER_STATEMENT) {
			List<String> chunk = this.branches.subList(start,
					Math.min(start + BRANCHES_PER_STATEMENT, this.branches.size()));
			results.addAll(readChunk(connection, chunk, start));
		}
		return results;
	}

	private List<BranchResult> readChunk(Connection connection, List<String> chunk, int firstIndex)
			throws SQLException {
		try {
			return execute(connection, String.join("\nunion all\n", chunk), firstIndex, chunk.size());
		}
		catch (SQLException ex) {
			if (DatabaseErrors.isConnectionFailure(ex)) {
				throw ex;
			}
			if (chunk.size() == 1) {
				return List.of(BranchResult.failed(ex));
			}
			List<BranchResult> results = new ArrayList<>(chunk.size());
			for (int i = 0; i < chunk.size(); i++) {
				results.addAll(readChunk(connection, chunk.subList(i, i + 1), firstIndex + i));
			}
			return results;
		}
	}

	private static List<BranchResult> execute(Connection connection, String sql, int firstIndex, int count)
			throws SQLException {
		BranchResult[] results = new BranchResult[count];
		Savepoint savepoint = connection.setSavepoint();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				long value = rows.getLong(2);
				Long nullableValue = rows.wasNull() ? null : value;
				boolean flag = rows.getBoolean(3);
				Boolean nullableFlag = rows.wasNull() ? null : flag;
				results[rows.getInt(1) - firstIndex] = new BranchResult(nullableValue, nullableFlag, null);
			}
			connection.releaseSavepoint(savepoint);
		}
		catch (SQLException ex) {
			if (!DatabaseErrors.isConnectionFailure(ex)) {
				connection.rollback(savepoint);
			}
			throw ex;
		}
		return Arrays.asList(results);
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
