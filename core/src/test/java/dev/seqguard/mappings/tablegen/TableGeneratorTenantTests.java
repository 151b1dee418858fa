package dev.seqguard.mappings.tablegen;

import java.util.List;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.SchemaScope;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static dev.seqguard.mappings.MappingSupport.firstIdHandedOut;
import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tenant schemas (Hibernate's SCHEMA multi-tenancy) each tenant's tables draw from
 * the generator table in its own schema: each tenant's row is checked and repaired
 * against that tenant's tables. Hibernate pointed at a tenant's schema is the oracle.
 */
@OnEveryHibernateVersion
class TableGeneratorTenantTests {

	/**
	 * Tenant a's rows drifted, tenant b's and the base schema's ahead of their tables.
	 */
	static TestDatabase database() {
		return database(List.of("public", "tenant_a", "tenant_b"));
	}

	static TestDatabase database(List<String> schemas) {
		TestDatabase database = EmbeddedPostgres.createDatabase("tablegentenant");
		for (String schema : schemas) {
			boolean drifted = schema.equals("tenant_a");
			database.execute("""
					create schema if not exists %1$s;
					create table %1$s.hibernate_sequences (sequence_name varchar(255) primary key, next_val bigint);
					create table %1$s.coupon (id bigint primary key);
					create table %1$s.parcel (id bigint primary key);
					insert into %1$s.coupon (id) select generate_series(1, 10);
					insert into %1$s.parcel (id) select generate_series(1, 1000);
					insert into %1$s.hibernate_sequences values ('coupon', %2$d), ('parcel', %3$d);
					""".formatted(schema, drifted ? 3 : 10, drifted ? 100 : 1049));
		}
		return database;
	}

	static EngineFixture withTenants(TestDatabase database) {
		return TableGeneratorCheckTests.application(database)
			.guarded((guarded) -> guarded.withSchemas(new SchemaScope(List.of(), false, List.of("tenant_*"))))
			.start();
	}

	/** A freshly started Hibernate on the tenant's schema, as SCHEMA multi-tenancy is. */
	static EngineFixture tenant(TestDatabase database, String schema) {
		return TableGeneratorCheckTests.application(database).hibernate("hibernate.default_schema", schema).start();
	}

	static TargetReport.Checked target(SeqGuardReport report, String entity, String schema) {
		return checked(report.targets()
			.stream()
			.filter((target) -> target.identity().entity().equals(entity) && schema.equals(target.identity().schema()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No target for " + entity + " in " + schema)));
	}

	@Test
	void eachTenantsRowIsCheckedAgainstItsOwnTables() {
		TestDatabase database = database();
		try (EngineFixture application = withTenants(database)) {
			SeqGuardReport report = application.guard().check();

			assertThat(target(report, "Coupon", "tenant_a").status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(target(report, "Parcel", "tenant_a").status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(target(report, "Coupon", "tenant_b").status()).isEqualTo(TargetStatus.OK);
			assertThat(target(report, "Parcel", "tenant_b").status()).isEqualTo(TargetStatus.OK);
			try (EngineFixture tenantA = tenant(database, "tenant_a")) {
				EntityManagerFactory factory = tenantA.entityManagerFactory();
				assertThat(target(report, "Coupon", "tenant_a").firstId()).isEqualTo(4)
					.isEqualTo(firstIdHandedOut(factory, Coupon::new, Coupon::id));
				assertThat(target(report, "Parcel", "tenant_a").firstId()).isEqualTo(52)
					.isEqualTo(firstIdHandedOut(factory, Parcel::new, Parcel::id));
			}
		}
	}

	@Test
	void theRepairMovesTheDriftedTenantsRowsAndNoOther() {
		TestDatabase database = database();
		try (EngineFixture application = withTenants(database)) {
			SeqGuardReport report = application.guard().repair();

			assertThat(target(report, "Coupon", "tenant_a").status()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(target(report, "Parcel", "tenant_a").status()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(target(report, "Coupon", "tenant_b").status()).isEqualTo(TargetStatus.OK);
		}
		try (EngineFixture tenantA = tenant(database, "tenant_a")) {
			EntityManagerFactory factory = tenantA.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(11);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(1001);
		}
		try (EngineFixture tenantB = tenant(database, "tenant_b")) {
			EntityManagerFactory factory = tenantB.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(11);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(1001);
		}
	}

	@Test
	void withTablesOnlyInTenantSchemasTheBaseSchemaIsNoError() {
		TestDatabase database = database(List.of("tenant_a", "tenant_b"));
		try (EngineFixture application = withTenants(database)) {
			SeqGuardReport report = application.guard().check();

			assertThat(report.targets()).extracting(TargetReport::status).doesNotContain(TargetStatus.ERROR);
			assertThat(report.targets()).extracting((target) -> target.identity().schema())
				.containsOnly("tenant_a", "tenant_b");
			assertThat(target(report, "Coupon", "tenant_a").status()).isEqualTo(TargetStatus.DRIFT);
		}
	}

}
