package dev.seqguard.engine.postgresql.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.Target;
import dev.seqguard.engine.postgresql.reads.PartReader;
import dev.seqguard.engine.postgresql.reads.Results;
import dev.seqguard.engine.postgresql.reads.ServerPrepared;
import dev.seqguard.engine.postgresql.reads.SideBySide;
import dev.seqguard.engine.postgresql.reads.SpareConnections;
import dev.seqguard.engine.postgresql.reads.SqlFiles;
import dev.seqguard.measurement.ResolvedTarget;
import org.jspecify.annotations.Nullable;

/**
 * Resolves every target against the catalog in one statement
 * ({@code resolve_targets.sql}), whatever the number of targets: names travel as array
 * parameters, never as SQL text. Many targets are cut into slices resolved side by side
 * on connections the pool can spare ({@link SideBySide}). The check's own connection
 * sends the statement of {@link UnmappedSequences} in the same round trip.
 */
public final class TargetResolver {

	private static final String RESOLVE_SQL = SqlFiles.load(TargetResolver.class, "resolve_targets.sql");

	private TargetResolver() {
	}

	/**
	 * Targets from which a second connection, where the pool can spare one, resolves half
	 * of them.
	 */
	static final int SIDE_BY_SIDE_FROM = 300;

	/**
	 * Resolves every target, in slices on several connections when the pool can spare
	 * them.
	 * @param connection the check's own connection, inside its first transaction
	 * @param dataSource the pool the connection came from
	 * @param targets the targets
	 * @param statementTimeout the statement timeout of the transactions other connections
	 * start
	 * @param unmapped the sequences to read in the same round trip, on the check's own
	 * connection
	 * @return one resolved target per target, in the same order
	 * @throws SQLException when the check's own connection fails
	 */
	public static List<ResolvedTarget> resolve(Connection connection, DataSource dataSource, List<Target> targets,
			Duration statementTimeout, UnmappedSequences unmapped) throws SQLException {
		int helpers = (targets.size() >= SIDE_BY_SIDE_FROM) ? SpareConnections.available(dataSource) : 0;
		int slices = 1 + helpers;
		List<List<ResolvedTarget>> resolved = new ArrayList<>(Collections.nCopies(slices, null));
		List<SideBySide.Part> parts = new ArrayList<>(slices);
		for (int i = 0; i < slices; i++) {
			parts.add(new Slice(resolved, i,
					targets.subList(targets.size() * i / slices, targets.size() * (i + 1) / slices), statementTimeout,
					unmapped));
		}
		SideBySide.run(connection, dataSource, helpers, parts);
		List<ResolvedTarget> all = new ArrayList<>(targets.size());
		for (List<ResolvedTarget> slice : resolved) {
			all.addAll(slice);
		}
		return all;
	}

	/**
	 * One slice of the targets, resolved side by side with the others into its place of
	 * {@code resolved}; only the first part on the check's own connection continues its
	 * transaction, and reads the unmapped sequences with it.
	 */
	private record Slice(List<List<ResolvedTarget>> resolved, int index, List<Target> targets,
			Duration statementTimeout, UnmappedSequences unmapped) implements SideBySide.Part {

		@Override
		public void run(Connection connection, boolean newTransaction) throws SQLException {
			this.resolved.set(this.index,
					newTransaction ? resolve(connection, this.targets, this.statementTimeout, null)
							: resolve(connection, this.targets, null, this.unmapped));
		}

	}

	/**
	 * Resolves targets in one statement.
	 * @param connection a connection inside a transaction, or not in auto-commit mode
	 * when {@code newTransactionTimeout} is set
	 * @param targets the targets
	 * @param newTransactionTimeout the statement timeout of a new transaction to start,
	 * in the same round trip; {@code null} to continue the connection's transaction
	 * @return one resolved target per target, in the same order
	 * @throws SQLException when the statement fails
	 */
	public static List<ResolvedTarget> resolve(Connection connection, List<Target> targets,
			@Nullable Duration newTransactionTimeout) throws SQLException {
		return resolve(connection, targets, newTransactionTimeout, null);
	}

	private static List<ResolvedTarget> resolve(Connection connection, List<Target> targets,
			@Nullable Duration newTransactionTimeout, @Nullable UnmappedSequences sequences) throws SQLException {
		UnmappedSequences unmapped = (sequences != null && sequences.needsRead()) ? sequences : null;
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
		String sql = ((newTransactionTimeout != null) ? PartReader.SESSION_SQL + RESOLVE_SQL : RESOLVE_SQL)
				+ ((unmapped != null) ? ";\n" + unmapped.sql() : "");
		try (PreparedStatement statement = ServerPrepared.prepare(connection, sql)) {
			int first = 1;
			if (newTransactionTimeout != null) {
				statement.setString(1, newTransactionTimeout.toMillis() + "ms");
				statement.setString(2, newTransactionTimeout.toMillis() + "ms");
				first = 3;
			}
			statement.setArray(first, connection.createArrayOf("int4", indexes));
			setTextArray(connection, statement, first + 1, tableSchemas);
			setTextArray(connection, statement, first + 2, tableNames);
			setTextArray(connection, statement, first + 3, columns);
			setTextArray(connection, statement, first + 4, sequenceSchemas);
			setTextArray(connection, statement, first + 5, sequenceNames);
			if (unmapped != null) {
				unmapped.bind(connection, statement, first + 6);
			}
			statement.execute();
			List<ResultSet> results = Results.all(statement);
			try (ResultSet rows = results.get(results.size() - ((unmapped != null) ? 2 : 1))) {
				while (rows.next()) {
					resolved.add(read(targets.get(rows.getInt("idx")), rows));
				}
			}
			if (unmapped != null) {
				try (ResultSet rows = results.get(results.size() - 1)) {
					unmapped.read(rows);
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
		long tableOid = row.getLong("table_oid");
		ResolvedTarget.Table table = row.wasNull() ? null : new ResolvedTarget.Table(row.getString("table_schema"),
				row.getString("table_name"), row.getString("table_sql"), tableOid, row.getBoolean("can_read_table"));
		ResolvedTarget.Column column = row.getBoolean("column_found")
				? new ResolvedTarget.Column(row.getInt("column_attnum"), row.getString("column_type")) : null;
		long sequenceOid = row.getLong("sequence_oid");
		ResolvedTarget.Sequence sequence = row.wasNull() ? null
				: new ResolvedTarget.Sequence(sequenceOid, row.getString("sequence_source"),
						row.getString("sequence_schema"), row.getString("sequence_name"), row.getString("sequence_sql"),
						row.getBoolean("sequence_is_sequence") ? settings(row) : null);
		return new ResolvedTarget(target, row.getString("column_sql"), table, column, sequence);
	}

	private static ResolvedTarget.Settings settings(ResultSet row) throws SQLException {
		return new ResolvedTarget.Settings(row.getLong("sequence_increment"), row.getLong("sequence_min"),
				row.getLong("sequence_max"), row.getBoolean("sequence_cycle"), row.getLong("sequence_cache"),
				row.getBoolean("can_read_sequence"));
	}

}
