package dev.seqguard.tenants;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
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
 * {@code seqguard.tenant-schemas} reaches the engine, and the startup check's drifted
 * tenant is in the meters' {@code schema} tag; what the engine does with tenant schemas:
 * core's {@code TenantSchemasTests}.
 */
@SpringBootTest(classes = TenantApplication.class, properties = { "seqguard.refresh-interval=0",
		"seqguard.tenant-schemas=tenant_*", "spring.jpa.hibernate.ddl-auto=none" })
class TenantSchemasPropertyTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("tenantmeters");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(TenantTables.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	MeterRegistry meters;

	@Test
	void theStartupCheckReachesEveryTenantAndTagsTheLagWithTheSchema() {
		assertThat(this.guard.latestReport().targets()).hasSize(2 * 13);
		assertThat(this.guard.latestReport().drifted())
			.extracting((target) -> target.identity().schema(), TargetReport::knownLag)
			.containsExactlyInAnyOrder(tuple("tenant_07", 3L), tuple("tenant_07", 500L));
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

}
