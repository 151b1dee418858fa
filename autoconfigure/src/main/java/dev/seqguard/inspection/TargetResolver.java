package dev.seqguard.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.Target;

/**
 * Resolves every target against the catalog in one statement ({@code resolve_targets.sql}), whatever the number of
 * targets: names travel as array parameters, never as SQL text.
 */
final class TargetResolver {

	private static final String RESOLVE_SQL = load("resolve_targets.sql");

	private TargetResolver() {
	}

	static List<ResolvedTarget> resolve(Connection connection, List<Target> targets) throws SQLException {
		int size = targets.size();
		Integer[] indexes = new Integer[size];
		String[] tableSchemas = new String[size];
		String[] tableNames = new String[size];
		String[] columns = new String[size];
		String[] sequenceSchemas = new String[size];
		String[] sequenceNames = new String[size];
		for (int i = 0; i < size; i++) {
			Target target = targets.get(i);
			indexes[i] = i;
			tableSchemas[i] = target.table().schema();
			tableNames[i] = target.table().name();
			columns[i] = target.column();
			DbName sequence = (target.generator() != null) ? target.generator().sequence() : null;
			sequenceSchemas[i] = (sequence != null) ? sequence.schema() : null;
			sequenceNames[i] = (sequence != null) ? sequence.name() : null;
		}
		List<ResolvedTarget> resolved = new ArrayList<>(size);
		try (PreparedStatement statement = ServerPrepared.prepare(connection, RESOLVE_SQL)) {
			statement.setArray(1, connection.createArrayOf("int4", indexes));
			setTextArray(connection, statement, 2, tableSchemas);
			setTextArray(connection, statement, 3, tableNames);
			setTextArray(connection, statement, 4, columns);
			setTextArray(connection, statement, 5, sequenceSchemas);
			setTextArray(connection, statement, 6, sequenceNames);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					resolved.add(read(targets.get(rows.getInt("idx")), rows));
				}
			}
		}
		return resolved;
	}

	private static void setTextArray(Connection connection, PreparedStatement statement, int index, String[] values)
			throws SQLException {
		Array array = connection.createArrayOf("text", values);
		statement.setArray(index, array);
	}

	private static ResolvedTarget read(Target target, ResultSet row) throws SQLException {
		long sequenceOid = row.getLong("sequence_oid");
		Long sequence = row.wasNull() ? null : sequenceOid;
		long tableOid = row.getLong("table_oid");
		Long table = row.wasNull() ? null : tableOid;
		return new ResolvedTarget(target, row.getString("table_schema"), row.getString("table_name"),
				row.getString("table_sql"), table, row.getBoolean("column_found"), row.getInt("column_attnum"),
				row.getString("column_sql"),
				row.getString("column_type"), row.getString("sequence_source"), sequence,
				row.getBoolean("sequence_is_sequence"), row.getString("sequence_schema"),
				row.getString("sequence_name"), row.getString("sequence_sql"), row.getLong("sequence_increment"),
				row.getLong("sequence_min"), row.getLong("sequence_max"), row.getBoolean("sequence_cycle"),
				row.getLong("sequence_cache"),
				row.getBoolean("can_read_table"), row.getBoolean("can_read_sequence"),
				row.getString("sequence_owned_by"));
	}

	static String load(String resource) {
		try (InputStream in = TargetResolver.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing SQL resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
