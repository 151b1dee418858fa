package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The statements that read and move an H2 sequence or identity column, the one place that
 * tells them apart. The one statement that moves an H2 sequence or identity column: H2
 * 2.x has no {@code setval}, and an identity column's sequence has no name a statement
 * could use. Neither statement commits the transaction it runs in, nor is undone by its
 * rollback, nor waits for any lock (measured on H2 2.3.232 and 2.4.240).
 */
public final class H2Restart {

	private H2Restart() {
	}

	/**
	 * Returns the name an identity column's sequence gets in reports: the column itself.
	 * @param tableSql the table as a quoted SQL name
	 * @param columnSql the column as a quoted identifier
	 * @return {@code "SCHEMA"."TABLE"."COLUMN"}
	 */
	static String identitySql(String tableSql, String columnSql) {
		return tableSql + "." + columnSql;
	}

	/**
	 * Returns the statement that makes the next value {@code next}.
	 * @param sequenceSql the sequence as a quoted SQL name, or the identity column's
	 * {@link #identitySql}
	 * @param tableSql a table on the sequence, as a quoted SQL name
	 * @param columnSql its id column, as a quoted identifier
	 * @param next the next value
	 * @return {@code ALTER TABLE t ALTER COLUMN c RESTART WITH n} for an identity column,
	 * {@code ALTER SEQUENCE s RESTART WITH n} otherwise
	 */
	public static String statement(String sequenceSql, String tableSql, String columnSql, long next) {
		if (sequenceSql.equals(identitySql(tableSql, columnSql))) {
			return "ALTER TABLE " + tableSql + " ALTER COLUMN " + columnSql + " RESTART WITH " + next;
		}
		return "ALTER SEQUENCE " + sequenceSql + " RESTART WITH " + next;
	}

	/**
	 * Reads the value the next draw returns, now.
	 * @param connection the repair's connection
	 * @param sequenceSql the sequence as a quoted SQL name, or the identity column's
	 * {@link #identitySql}
	 * @param tableSql a table on the sequence, as a quoted SQL name
	 * @param columnSql its id column, as a quoted identifier
	 * @return the next value
	 * @throws SQLException when it cannot be read, or the sequence no longer exists
	 */
	public static long nextValue(Connection connection, String sequenceSql, String tableSql, String columnSql)
			throws SQLException {
		boolean identity = sequenceSql.equals(identitySql(tableSql, columnSql));
		String sql = identity
				? "select identity_base from information_schema.columns where quote_ident(table_schema) || '.'"
						+ " || quote_ident(table_name) = ? and quote_ident(column_name) = ?"
				: "select base_value from information_schema.sequences where quote_ident(sequence_schema) || '.'"
						+ " || quote_ident(sequence_name) = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, identity ? tableSql : sequenceSql);
			if (identity) {
				statement.setString(2, columnSql);
			}
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					throw new SQLException(sequenceSql + " no longer exists", "42S02");
				}
				return row.getLong(1);
			}
		}
	}

	/**
	 * Quotes an identifier as H2 does.
	 * @param identifier the identifier as stored
	 * @return the identifier in double quotes
	 */
	static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
