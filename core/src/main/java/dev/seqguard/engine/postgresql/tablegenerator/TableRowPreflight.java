package dev.seqguard.engine.postgresql.tablegenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.seqguard.discovery.GeneratorRow;
import dev.seqguard.discovery.Target;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * What the repairing session may do to one TABLE generator row, read on the repair's own
 * connection before anything is locked: the row is read {@code FOR UPDATE} and updated
 * ({@code SELECT} and {@code UPDATE} on the generator table), and each table on the row
 * is read for its {@code max(id)} ({@code SELECT}). One statement per row.
 */
final class TableRowPreflight {

	private static final String PRIVILEGES_SQL = """
			select pg_catalog.quote_ident(current_user), t.name, t.privilege,
			       pg_catalog.has_table_privilege(t.name, t.privilege)
			from rows from (pg_catalog.unnest(?::text[]), pg_catalog.unnest(?::text[]))
			     with ordinality as t (name, privilege, position)
			order by t.position""";

	private TableRowPreflight() {
	}

	/**
	 * Says why the repair of a row is not attempted, with the {@code GRANT} that allows
	 * it.
	 * @param connection the repair's connection
	 * @param row the generator's row
	 * @param onRow the targets on the row
	 * @param switches how the front end names the repair role's setting
	 * @return the reason, one line, {@code null} when the repair may go ahead
	 * @throws SQLException when the privileges cannot be read (a missing table)
	 */
	static @Nullable String refusal(Connection connection, GeneratorRow row, List<Target> onRow, Switches switches)
			throws SQLException {
		List<String> tables = new ArrayList<>(List.of(row.table().toString(), row.table().toString()));
		List<String> privileges = new ArrayList<>(List.of("UPDATE", "SELECT"));
		for (Target target : onRow) {
			tables.add(target.table().toString());
			privileges.add("SELECT");
		}
		try (PreparedStatement statement = connection.prepareStatement(PRIVILEGES_SQL)) {
			statement.setArray(1, connection.createArrayOf("text", tables.toArray()));
			statement.setArray(2, connection.createArrayOf("text", privileges.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (!rows.getBoolean(4)) {
						return message(rows.getString(2), rows.getString(3), rows.getString(1), row, switches);
					}
				}
			}
		}
		return null;
	}

	private static String message(String table, String privilege, String role, GeneratorRow row, Switches switches) {
		String repairRole = switches.repairRole();
		String why = "UPDATE".equals(privilege) ? "to move TABLE generator " + row + " forward"
				: "to read " + table + " for the repair of TABLE generator " + row;
		return "SQLSTATE " + DatabaseErrors.INSUFFICIENT_PRIVILEGE + ": no " + privilege + " privilege on table "
				+ table + " " + why + "; run: GRANT " + privilege + " ON TABLE " + table + " TO " + role + ";"
				+ ((repairRole != null) ? " (or give the repair a role of its own: " + repairRole + ")" : "")
				+ " The row was not moved.";
	}

}
