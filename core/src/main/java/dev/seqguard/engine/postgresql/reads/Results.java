package dev.seqguard.engine.postgresql.reads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
		ResultSet last = null;
		do {
			ResultSet current = statement.getResultSet();
			if (current != null) {
				last = current;
			}
		}
		while (statement.getMoreResults(Statement.KEEP_CURRENT_RESULT) || statement.getUpdateCount() != -1);
		if (last == null) {
			throw new SQLException("the statements returned no rows");
		}
		return last;
	}

}
