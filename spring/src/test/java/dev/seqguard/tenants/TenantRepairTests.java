package dev.seqguard.tenants;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * {@code seqguard.tenant-schemas} in {@code repair} mode: the drifted tenant's sequences
 * are moved forward at startup, the other tenants' are left alone.
 */
@SpringBootTest(classes = TenantApplication.class, properties = { "seqguard.refresh-interval=0",
		"seqguard.tenant-schemas=tenant_*", "seqguard.mode=repair", "spring.jpa.hibernate.ddl-auto=none" })
class TenantRepairTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("tenantrepair");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(TenantApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	void onlyTheDriftedTenantsSequencesAreRepaired() {
		assertThat(this.guard.latestReport().dataSources().get(0).withStatus(TargetStatus.REPAIRED))
			.extracting((target) -> target.identity().schema(), (target) -> target.identity().table())
			.containsExactlyInAnyOrder(tuple("tenant_07", "account"), tuple("tenant_07", "invoice"));
		assertThat(this.guard.check().targets()).extracting(TargetReport::status).containsOnly(TargetStatus.OK);
	}

}
