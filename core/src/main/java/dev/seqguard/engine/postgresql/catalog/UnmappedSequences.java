package dev.seqguard.engine.postgresql.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.seqguard.engine.postgresql.reads.ServerPrepared;
import dev.seqguard.engine.postgresql.reads.SqlFiles;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.settings.TableFilter;

/**
 * Lists what a check does not guard: every sequence in the checked schemas that no target
 * draws from ({@code unmapped_sequences.sql}), in one statement. A sequence that belongs
 * to a table the filter leaves out is not listed: leaving it out was asked for.
 */
public final class UnmappedSequences {

	private static final String UNMAPPED_SQL = SqlFiles.load(UnmappedSequences.class, "unmapped_sequences.sql");

	private UnmappedSequences() {
	}

	/**
	 * Lists the sequences no target uses.
	 * @param connection a connection inside the check's transaction
	 * @param resolved every target of the check, measured or not
	 * @param scopeSchemas the tenant and catalog schemas of the check
	 * @param filter which tables are checked
	 * @return the sequences as {@code schema.name}, in order
	 * @throws SQLException when the catalog cannot be read
	 */
	public static List<String> list(Connection connection, List<ResolvedTarget> resolved, Set<String> scopeSchemas,
			TableFilter filter) throws SQLException {
		Set<String> schemas = new TreeSet<>(scopeSchemas);
		List<Long> used = new ArrayList<>();
		for (ResolvedTarget target : resolved) {
			ResolvedTarget.Table table = target.table();
			if (table != null && filter.rejectionReason(table.schema(), table.name()) == null) {
				schemas.add(table.schema());
			}
			ResolvedTarget.Sequence sequence = target.sequence();
			if (sequence != null) {
				used.add(sequence.oid());
			}
		}
		if (schemas.isEmpty()) {
			return List.of();
		}
		List<String> unmapped = new ArrayList<>();
		try (PreparedStatement statement = ServerPrepared.prepare(connection, UNMAPPED_SQL)) {
			statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
			statement.setArray(2, connection.createArrayOf("int8", used.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					if (!ofExcludedTable(rows.getArray(3), rows.getArray(4), filter)) {
						unmapped.add(rows.getString(1) + "." + rows.getString(2));
					}
				}
			}
		}
		return unmapped;
	}

	private static boolean ofExcludedTable(Array schemas, Array names, TableFilter filter) throws SQLException {
		String[] tableSchemas = (String[]) schemas.getArray();
		String[] tableNames = (String[]) names.getArray();
		for (int i = 0; i < tableSchemas.length; i++) {
			if (filter.rejectionReason(tableSchemas[i], tableNames[i]) != null) {
				return true;
			}
		}
		return false;
	}

}
