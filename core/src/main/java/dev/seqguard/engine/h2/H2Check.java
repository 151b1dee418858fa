package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.measurement.FixStatement;
import dev.seqguard.measurement.Measurement;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.settings.Glob;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;

/**
 * One check of an H2 database: the given targets, then the identity and
 * {@code DEFAULT NEXT VALUE FOR} columns of the catalog schemas that no given target
 * covers, resolved by {@link H2Catalog}, read by {@link H2StateReads} and judged by the
 * same {@link Measurement} as on PostgreSQL.
 * <p>
 * In H2's {@code MODE=MySQL}, {@code MariaDB} and {@code LEGACY} an insert with an
 * explicit id moves the identity column forward itself: the state read then shows no
 * drift, because there is none. Sequences do not move themselves in any mode.
 */
final class H2Check {

	private static final String SESSION_SQL = "select current_user, current_schema";

	private static final String CATALOG_SQL = """
			select c.table_schema, c.table_name, c.column_name, c.is_identity = 'YES'
			from information_schema.columns c
			join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
			where t.table_type = 'BASE TABLE' and c.table_schema <> 'INFORMATION_SCHEMA'
			  and (c.is_identity = 'YES' or upper(c.column_default) like 'NEXT VALUE FOR %')
			order by c.table_schema, c.table_name, c.ordinal_position""";

	/**
	 * H2's statement that moves a sequence: {@code ALTER TABLE ... RESTART WITH} or
	 * {@code ALTER SEQUENCE ... RESTART WITH}.
	 */
	private static final FixStatement FIX_STATEMENT = (target,
			next) -> H2Restart.statement(target.sequenceSql(), target.tableSql(), target.columnSql(), next) + ";";

	private H2Check() {
	}

	/**
	 * Measures every target, and the catalog schemas' columns the settings ask for.
	 * @param connection a connection inside the check's transaction
	 * @param dataSource the datasource the connection came from
	 * @param targets the given targets
	 * @param settings timeouts, filter, thresholds and catalog schemas
	 * @return the measurement, run
	 * @throws SQLException when the catalog cannot be read
	 */
	static Measurement measure(Connection connection, DataSource dataSource, List<Target> targets,
			InspectionSettings settings) throws SQLException {
		String role;
		String currentSchema;
		try (PreparedStatement statement = connection.prepareStatement(SESSION_SQL);
				ResultSet row = statement.executeQuery()) {
			row.next();
			role = H2Restart.quote(row.getString(1));
			currentSchema = row.getString(2);
		}
		List<Target> all = new ArrayList<>(targets);
		if (settings.schemas().reachesBeyondTargets()) {
			all.addAll(catalogTargets(connection, settings.schemas(), currentSchema));
		}
		H2Catalog catalog = new H2Catalog();
		List<ResolvedTarget> resolved = withoutCovered(catalog.resolve(connection, all), targets.size());
		Measurement measurement = new Measurement(role, settings,
				new H2StateReads(catalog.sequenceLocations(), settings.statementTimeout()), FIX_STATEMENT);
		measurement.run(connection, resolved, dataSource);
		return measurement;
	}

	/**
	 * Every column fed by an identity or a sequence default in the catalog schemas (the
	 * current schema standing for the {@code search_path}); patterns match the stored
	 * name or its lower case, as Hibernate's names arrive.
	 */
	private static List<Target> catalogTargets(Connection connection, SchemaScope scope, String currentSchema)
			throws SQLException {
		List<Glob> globs = Glob.all(scope.catalogSchemas());
		List<Target> found = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(CATALOG_SQL);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				String schema = rows.getString(1);
				boolean onPath = scope.catalogOnSearchPath() && schema.equals(currentSchema);
				if (onPath || globs.stream()
					.anyMatch((glob) -> glob.matches(schema) || glob.matches(schema.toLowerCase(Locale.ROOT)))) {
					String label = rows.getBoolean(4) ? IdGenerator.IDENTITY.type().label()
							: SchemaScope.SEQUENCE_DEFAULT;
					found.add(new Target(SchemaScope.NO_ENTITY, new DbName(schema, rows.getString(2)),
							rows.getString(3), IdGenerator.IDENTITY, label, Target.Kind.CHECKED, null));
				}
			}
		}
		return found;
	}

	/** Drops each catalog column whose table a given target already checks. */
	private static List<ResolvedTarget> withoutCovered(List<ResolvedTarget> resolved, int given) {
		Set<Long> covered = new HashSet<>();
		List<ResolvedTarget> kept = new ArrayList<>(resolved.size());
		for (int i = 0; i < resolved.size(); i++) {
			ResolvedTarget target = resolved.get(i);
			Long table = (target.table() != null) ? target.table().oid() : null;
			if (i < given && table != null) {
				covered.add(table);
			}
			else if (table != null && covered.contains(table)) {
				continue;
			}
			kept.add(target);
		}
		return kept;
	}

}
