package dev.seqguard.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;

/**
 * Schema-per-tenant: {@value #TENANTS} schemas of {@value #TABLES_PER_TENANT} tables
 * each. SeqGuard is given one tenant's entities and
 * {@code seqguard.tenant-schemas=tenant_*}, so it lists the schemas and checks every
 * tenant's tables; measured cold (new pool, new backends, as at startup) against the cold
 * server-side floor of the same tables.
 */
final class TenantComparison {

	static final int TENANTS = 500;

	static final int TABLES_PER_TENANT = 20;

	/** The startup check at most 1.5 times the server-side floor of the same tables. */
	static final double FLOOR_TARGET = 1.5;

	private final List<String> tenants = IntStream.range(0, TENANTS)
		.mapToObj((tenant) -> String.format(Locale.ROOT, "tenant_%03d", tenant))
		.toList();

	private final SequenceInspector inspector = new SequenceInspector(
			InspectionSettings.DEFAULTS.withSchemas(new SchemaScope(List.of(), false, List.of("tenant_*"))));

	void create(DataSource dataSource) {
		for (String tenant : this.tenants) {
			new Schema(TABLES_PER_TENANT, tenant).createTables(dataSource);
		}
		SeqGuardBenchmark.execute(dataSource, "vacuum analyze");
	}

	/** One line: SeqGuard's cold check of every tenant, the floor, and their ratio. */
	String cold(String url) throws Exception {
		Schema firstTenant = new Schema(TABLES_PER_TENANT, this.tenants.get(0));
		List<Target> entities = firstTenant.targets(TABLES_PER_TENANT);
		int expected = TENANTS * firstTenant.drifted(TABLES_PER_TENANT);
		double seqGuard = Runs.cold(url, 5, (pool) -> seqGuard(pool, entities, expected));
		double floor = Runs.cold(url, 5, (pool) -> CheckComparison
			.agree(Baselines.serverSide(pool, this.tenants, TABLES_PER_TENANT), expected, "server-side floor"));
		double ratio = seqGuard / floor;
		return String.format(Locale.ROOT,
				"Tenants: %d schemas × %d tables (%,d tables), cold startup check (median of 5): SeqGuard %.1f ms,"
						+ " server-side floor %.1f ms, SeqGuard / floor **%.2f** (≤ %.1f: %s)",
				TENANTS, TABLES_PER_TENANT, TENANTS * TABLES_PER_TENANT, seqGuard, floor, ratio, FLOOR_TARGET,
				(ratio <= FLOOR_TARGET) ? "met" : "NOT met");
	}

	private Object seqGuard(DataSource pool, List<Target> entities, int expected) {
		DataSourceReport report = this.inspector.inspect("bench", pool, entities).report();
		if (report.targets().size() != TENANTS * TABLES_PER_TENANT || report.drifted().size() != expected) {
			throw new IllegalStateException("SeqGuard checked " + report.targets().size() + " tables and found "
					+ report.drifted().size() + " drifted, expected " + TENANTS * TABLES_PER_TENANT + " and " + expected
					+ ": " + report.detail());
		}
		return report;
	}

}
