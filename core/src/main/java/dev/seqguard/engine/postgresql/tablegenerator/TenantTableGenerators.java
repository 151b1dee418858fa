package dev.seqguard.engine.postgresql.tablegenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.GeneratorRow;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.settings.Glob;
import dev.seqguard.settings.SchemaScope;
import org.jspecify.annotations.Nullable;

/**
 * TABLE generator targets in tenant schemas ({@code SchemaScope#tenantSchemas},
 * Hibernate's SCHEMA multi-tenancy): each tenant's tables draw from the generator table
 * in its own schema, so each entity's target is also checked there, against that tenant's
 * tables. An entity whose table is missing where it is mapped but exists in a tenant
 * schema is checked in the tenant schemas only, as for sequences.
 */
public final class TenantTableGenerators {

	/**
	 * Each name's table, in the order given: one round trip for every target and tenant.
	 */
	private static final String TABLES_SQL = "select pg_catalog.to_regclass(t.name)::int8"
			+ " from unnest(?::text[]) with ordinality as t (name, position) order by t.position";

	private TenantTableGenerators() {
	}

	/**
	 * Lists the targets of one check: the given ones, each followed by its copies in the
	 * tenant schemas that exist now.
	 * @param connection a connection inside the check's transaction
	 * @param given the TABLE generator targets
	 * @param schemas the tenant and catalog schemas that exist now
	 * @param scope the scope, whose tenant patterns pick the tenant schemas
	 * @return the targets to check
	 * @throws SQLException when a table's name cannot be read
	 */
	public static List<Target> list(Connection connection, List<Target> given, Set<String> schemas, SchemaScope scope)
			throws SQLException {
		if (given.isEmpty()) {
			return given;
		}
		List<Glob> globs = Glob.all(scope.tenantSchemas());
		List<String> tenants = new ArrayList<>();
		for (String schema : schemas) {
			if (Glob.anyMatches(globs, schema)) {
				tenants.add(schema);
			}
		}
		if (tenants.isEmpty()) {
			return given;
		}
		Collections.sort(tenants);
		// each target followed by its copy in every tenant schema
		List<Target> named = new ArrayList<>();
		for (Target target : given) {
			named.add(target);
			for (String tenant : tenants) {
				named.add(inSchema(target, tenant));
			}
		}
		List<@Nullable Long> oids = oids(connection, named);
		List<Target> targets = new ArrayList<>();
		for (int first = 0; first < named.size(); first += 1 + tenants.size()) {
			Long base = oids.get(first);
			List<Target> copies = new ArrayList<>();
			boolean tenantTableExists = false;
			for (int copy = first + 1; copy <= first + tenants.size(); copy++) {
				Long table = oids.get(copy);
				if (table == null || !table.equals(base)) {
					copies.add(named.get(copy));
					tenantTableExists |= table != null;
				}
			}
			if (base != null || !tenantTableExists) {
				targets.add(named.get(first));
			}
			targets.addAll(copies);
		}
		return targets;
	}

	/**
	 * Lists the targets a repair needs: the given ones and the tenant copies the check's
	 * report names.
	 * @param given the TABLE generator targets
	 * @param report the check's report
	 * @return the targets
	 */
	public static List<Target> inReport(List<Target> given, DataSourceReport report) {
		List<Target> targets = new ArrayList<>(given);
		for (TargetReport entry : report.targets()) {
			String schema = entry.identity().schema();
			for (Target target : given) {
				if (schema != null && target.entity().equals(entry.identity().entity())
						&& target.table().name().equals(entry.identity().table())
						&& !schema.equals(target.table().schema())) {
					targets.add(inSchema(target, schema));
				}
			}
		}
		return targets;
	}

	/**
	 * The same entity in a tenant's schema: its table there, and its generator table
	 * there too unless that lives in a schema of its own.
	 */
	static Target inSchema(Target target, String schema) {
		IdGenerator generator = Objects.requireNonNull(target.generator());
		GeneratorRow row = Objects.requireNonNull(generator.row());
		DbName rowTable = row.table();
		if (rowTable.schema() == null || rowTable.schema().equals(target.table().schema())) {
			rowTable = new DbName(schema, rowTable.name());
		}
		GeneratorRow tenantRow = new GeneratorRow(rowTable, row.segmentColumn(), row.segment(), row.valueColumn(),
				row.storesLastUsed());
		IdGenerator tenantGenerator = new IdGenerator(generator.type(), generator.sequence(), generator.optimizer(),
				generator.incrementSize(), generator.initialValue(), generator.afterRepair(), tenantRow);
		return new Target(target.entity(), new DbName(schema, target.table().name()), target.column(), tenantGenerator,
				target.generatorLabel(), target.kind(), target.reason());
	}

	/** Each target's table, {@code null} where it does not exist. */
	private static List<@Nullable Long> oids(Connection connection, List<Target> targets) throws SQLException {
		List<@Nullable Long> oids = new ArrayList<>(targets.size());
		try (PreparedStatement statement = connection.prepareStatement(TABLES_SQL)) {
			statement.setArray(1, connection.createArrayOf("text",
					targets.stream().map((target) -> target.table().toString()).toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					long oid = rows.getLong(1);
					oids.add(rows.wasNull() ? null : oid);
				}
			}
		}
		return oids;
	}

}
