package dev.seqguard.engine.postgresql.tablegenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.Target;
import org.jspecify.annotations.Nullable;

/**
 * Reads the largest id of one target's table, for the TABLE generator rows that the check
 * and the repair each read one at a time.
 */
public final class TableMax {

	private TableMax() {
	}

	/**
	 * Returns the largest value of the target's id column.
	 * @param connection the connection, inside the caller's transaction
	 * @param target the target
	 * @return the largest id, {@code null} for an empty table
	 * @throws SQLException when the table cannot be read
	 */
	public static @Nullable Long read(Connection connection, Target target) throws SQLException {
		String sql = "select max(" + DbName.quote(Objects.requireNonNull(target.column())) + ") from " + target.table();
		try (PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			result.next();
			long max = result.getLong(1);
			return result.wasNull() ? null : max;
		}
	}

}
