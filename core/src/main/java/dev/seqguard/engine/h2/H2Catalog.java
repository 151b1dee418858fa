package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.Target;
import dev.seqguard.measurement.ResolvedTarget;
import org.jspecify.annotations.Nullable;

/**
 * Resolves targets against H2's {@code INFORMATION_SCHEMA}: the table, the id column and
 * what feeds it (the identity column itself, the sequence its
 * {@code DEFAULT NEXT VALUE FOR} names, or the sequence Hibernate names), with names as
 * bind parameters. Hibernate's names arrive folded to lower case where they were not
 * quoted, so an exact match wins and H2's own folding (upper case) comes next.
 * <p>
 * H2 has no oids: each table and sequence gets a number of this check's own, and
 * {@link #sequenceLocations()} says where each sequence's state is read.
 */
final class H2Catalog {

	private static final String TABLE_SQL = """
			select table_schema, table_name from information_schema.tables
			where table_type = 'BASE TABLE' and table_schema in (coalesce(?, current_schema), upper(coalesce(?, current_schema)))
			  and table_name in (?, upper(?))
			order by table_schema = coalesce(?, current_schema) desc, table_name = ? desc
			fetch first row only""";

	private static final String COLUMN_SQL = """
			select column_name, ordinal_position, lower(data_type), is_identity = 'YES', identity_increment,
			       identity_minimum, identity_maximum, identity_cycle = 'YES', column_default
			from information_schema.columns
			where table_schema = ? and table_name = ? and column_name in (?, upper(?))
			order by column_name = ? desc
			fetch first row only""";

	private static final String SEQUENCE_SQL = """
			select sequence_schema, sequence_name, increment, minimum_value, maximum_value, cycle_option = 'YES'
			from information_schema.sequences
			where sequence_schema in (coalesce(?, current_schema), upper(coalesce(?, current_schema)))
			  and sequence_name in (?, upper(?))
			order by sequence_schema = coalesce(?, current_schema) desc, sequence_name = ? desc
			fetch first row only""";

	/** What H2 writes into a column's default for {@code DEFAULT NEXT VALUE FOR s}. */
	private static final Pattern NEXT_VALUE_DEFAULT = Pattern
		.compile("(?i)^NEXT VALUE FOR \"((?:[^\"]|\"\")+)\"\\.\"((?:[^\"]|\"\")+)\"$");

	private final Map<String, Long> numbers = new HashMap<>();

	private final Map<Long, H2StateReads.SequenceLocation> sequenceLocations = new HashMap<>();

	/**
	 * Resolves every target.
	 * @param connection a connection inside the check's transaction
	 * @param targets the targets
	 * @return one resolved target per target, in the same order
	 * @throws SQLException when the catalog cannot be read
	 */
	List<ResolvedTarget> resolve(Connection connection, List<Target> targets) throws SQLException {
		List<ResolvedTarget> resolved = new ArrayList<>(targets.size());
		for (Target target : targets) {
			resolved.add(resolve(connection, target));
		}
		return resolved;
	}

	/** Where the state of each sequence this catalog resolved is read, by number. */
	Map<Long, H2StateReads.SequenceLocation> sequenceLocations() {
		return this.sequenceLocations;
	}

	private ResolvedTarget resolve(Connection connection, Target target) throws SQLException {
		String columnName = (target.column() != null) ? target.column() : "";
		String mappedColumnSql = H2Restart.quote(columnName);
		if (!target.isChecked() || target.generator() == null) {
			return new ResolvedTarget(target, mappedColumnSql, null, null, null);
		}
		ResolvedTarget.Table table = table(connection, target.table());
		if (table == null) {
			return new ResolvedTarget(target, mappedColumnSql, null, null, null);
		}
		try (PreparedStatement statement = connection.prepareStatement(COLUMN_SQL)) {
			bind(statement, table.schema(), table.name(), columnName, columnName, columnName);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return new ResolvedTarget(target, mappedColumnSql, table, null, null);
				}
				String columnSql = H2Restart.quote(row.getString(1));
				ResolvedTarget.Column column = new ResolvedTarget.Column(row.getInt(2), row.getString(3));
				DbName named = target.generator().sequence();
				ResolvedTarget.Sequence sequence;
				if (named != null) {
					sequence = sequence(connection, named.schema(), named.name(), "named");
				}
				else if (row.getBoolean(4)) {
					sequence = identity(table, row.getString(1), columnSql, row);
				}
				else {
					sequence = defaultSequence(connection, row.getString(9));
				}
				return new ResolvedTarget(target, columnSql, table, column, sequence);
			}
		}
	}

	private ResolvedTarget.@Nullable Table table(Connection connection, DbName name) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(TABLE_SQL)) {
			bind(statement, name.schema(), name.schema(), name.name(), name.name(), name.schema(), name.name());
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				String schema = row.getString(1);
				String table = row.getString(2);
				return new ResolvedTarget.Table(schema, table, H2Restart.quote(schema) + "." + H2Restart.quote(table),
						number("table", schema, table), true);
			}
		}
	}

	/** An identity column's sequence: read and moved through its column. */
	private ResolvedTarget.Sequence identity(ResolvedTarget.Table table, String column, String columnSql, ResultSet row)
			throws SQLException {
		long number = number("identity", table.schema(), table.name() + "." + column);
		this.sequenceLocations.put(number, new H2StateReads.SequenceLocation(table.schema(), table.name(), column));
		// H2's CACHE reserves values in the database file for every session alike: a
		// restart reaches them all, so no session keeps handing out old values
		ResolvedTarget.Settings settings = new ResolvedTarget.Settings(row.getLong(5), row.getLong(6), row.getLong(7),
				row.getBoolean(8), 1, true);
		return new ResolvedTarget.Sequence(number, "owned", table.schema(), table.name() + "." + column,
				H2Restart.identitySql(table.sql(), columnSql), settings);
	}

	private ResolvedTarget.@Nullable Sequence defaultSequence(Connection connection, @Nullable String columnDefault)
			throws SQLException {
		Matcher matcher = NEXT_VALUE_DEFAULT.matcher((columnDefault != null) ? columnDefault.strip() : "");
		if (!matcher.matches()) {
			return null;
		}
		return sequence(connection, matcher.group(1).replace("\"\"", "\""), matcher.group(2).replace("\"\"", "\""),
				"default");
	}

	private ResolvedTarget.@Nullable Sequence sequence(Connection connection, @Nullable String schema, String name,
			String source) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SEQUENCE_SQL)) {
			bind(statement, schema, schema, name, name, schema, name);
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				String sequenceSchema = row.getString(1);
				String sequenceName = row.getString(2);
				long number = number("sequence", sequenceSchema, sequenceName);
				this.sequenceLocations.put(number,
						new H2StateReads.SequenceLocation(sequenceSchema, sequenceName, null));
				// CACHE: as for identity columns, shared by every session
				ResolvedTarget.Settings settings = new ResolvedTarget.Settings(row.getLong(3), row.getLong(4),
						row.getLong(5), row.getBoolean(6), 1, true);
				return new ResolvedTarget.Sequence(number, source, sequenceSchema, sequenceName,
						H2Restart.quote(sequenceSchema) + "." + H2Restart.quote(sequenceName), settings);
			}
		}
	}

	private long number(String kind, String schema, String name) {
		return this.numbers.computeIfAbsent(kind + '\0' + schema + '\0' + name,
				(key) -> (long) this.numbers.size() + 1);
	}

	private static void bind(PreparedStatement statement, @Nullable String... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setString(i + 1, values[i]);
		}
	}

}
