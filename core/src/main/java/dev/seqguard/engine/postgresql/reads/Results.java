package dev.seqguard.engine.postgresql.reads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the result of a statement text that holds several statements, such as a
 * {@code SET TRANSACTION} before the query it prepares, sent in one round trip.
 */
public final class Results {

	private Results() {
	}

	/**
	 * Returns the result set of the last statement that returned rows.
	 * @param statement an executed statement
	 * @return the last result set
	 * @throws SQLException when no statement returned rows
	 */
	public static ResultSet last(Statement statement) throws SQLException {
		List<ResultSet> all = all(statement);
		return all.get(all.size() - 1);
	}

	/**
	 * Returns the result sets of every statement that returned rows, in order.
	 * @param statement an executed statement
	 * @return the result sets, at least one
	 * @throws SQLException when no statement returned rows
	 */
	public static List<ResultSet> all(Statement statement) throws SQLException {
		List<ResultSet> all = new ArrayList<>();
		do {
			ResultSet current = statement.getResultSet();
			if (current != null) {
				all.add(current);
			}
		}
		while (statement.getMoreResults(Statement.KEEP_CURRENT_RESULT) || statement.getUpdateCount() != -1);
		if (all.isEmpty()) {
			throw new SQLException("the statements returned no rows");
		}
		return all;
	}

}
