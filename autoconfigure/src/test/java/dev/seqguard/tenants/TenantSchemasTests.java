package dev.seqguard.tenants;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * {@code seqguard.tenant-schemas} in report mode: every entity table is checked in each
 * tenant schema too; the one drifted tenant among twelve is found, its schema in the
 * report and in the meters' tags, and a tenant created after startup is part of the next
 * check.
 */
@SpringBootTest(classes = TenantApplication.class, properties = { "seqguard.refresh-interval=0",
		"seqguard.tenant-schemas=tenant_*", "spring.jpa.hibernate.ddl-auto=none" })
class TenantSchemasTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("tenants");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(TenantApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	MeterRegistry meters;

	@Test
	void everyTenantIsCheckedAndOnlyTheDriftedOneReported() {
		assertThat(this.guard.latestReport().targets()).hasSize(2 * 13);
		assertThat(this.guard.latestReport().drifted())
			.extracting((target) -> target.identity().schema(), (target) -> target.identity().table(),
					(target) -> target.identity().sequence(), TargetReport::knownLag)
			.containsExactlyInAnyOrder(tuple("tenant_07", "account", "tenant_07.account_id_seq", 3L),
					tuple("tenant_07", "invoice", "tenant_07.invoice_seq", 500L));
		assertThat(this.meters.get("seqguard.sequence.lag")
			.tag("schema", "tenant_07")
			.tag("table", "account")
			.gauge()
			.value()).isEqualTo(3);
		assertThat(this.meters.get("seqguard.sequence.lag")
			.tag("schema", "tenant_03")
			.tag("table", "account")
			.gauge()
			.value()).isZero();
	}

	@Test
	void aTenantCreatedAfterStartupIsFoundByTheNextCheck() {
		database.execute(TenantApplication.tables("tenant_13") + "insert into tenant_13.account (id) values (1);");
		try {
			assertThat(this.guard.check().drifted())
				.extracting((target) -> target.identity().schema(), (target) -> target.identity().table())
				.contains(tuple("tenant_13", "account"));
		}
		finally {
			database.execute("drop schema tenant_13 cascade");
		}
		assertThat(this.guard.check().targets()).extracting((target) -> target.identity().schema())
			.doesNotContain("tenant_13")
			.allMatch((schema) -> schema.equals("public") || schema.startsWith("tenant_"));
		assertThat(this.guard.latestReport().targets()).extracting(TargetReport::status)
			.doesNotContain(TargetStatus.ERROR);
	}

}
