package dev.seqguard.tenants;

import java.util.List;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.SchemaScope;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Tenant schemas in a repair: the drifted tenant's sequences are moved forward, the other
 * tenants' are left alone.
 */
class TenantRepairTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("tenantrepair");

	static {
		database.execute(TenantTables.SCHEMA);
	}

	@Test
	void onlyTheDriftedTenantsSequencesAreRepaired() {
		try (EngineFixture application = EngineFixture
			.on(database, TenantTables.Account.class, TenantTables.Invoice.class)
			.guarded((dataSource) -> dataSource.withSchemas(new SchemaScope(List.of(), false, List.of("tenant_*"))))
			.start()) {
			SeqGuardReport repaired = application.guard().repair();

			assertThat(repaired.dataSources().get(0).withStatus(TargetStatus.REPAIRED))
				.extracting((target) -> target.identity().schema(), (target) -> target.identity().table())
				.containsExactlyInAnyOrder(tuple("tenant_07", "account"), tuple("tenant_07", "invoice"));
			assertThat(application.guard().check().targets()).extracting(TargetReport::status)
				.containsOnly(TargetStatus.OK);
		}
	}

}
