package dev.seqguard.scenarios;

import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * {@code seqguard.mode=repair} in a {@code @SpringBootTest}: every scenario table starts
 * drifted and is repaired at startup, before the application's runners and readiness;
 * what the repair does to each table: core's {@code RepairScenariosTests}.
 */
@SpringBootTest(classes = ScenarioApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "spring.jpa.open-in-view=false",
				"seqguard.refresh-interval=0", "seqguard.mode=repair", "scenario.insert-at-startup=true" })
@OnEveryPostgresVersion
class RepairModeTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("repairmode");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.runScripts("scenarios/schema.sql", "scenarios/drifted-data.sql");
		database.register(registry);
	}

	@Autowired
	StartupInserter startupInserter;

	@Test
	void repairRanBeforeTheUsersRunnersAndBeforeReadiness() {
		assertThat(this.startupInserter.reportSeen.targets())
			.anyMatch((target) -> target.status() == TargetStatus.REPAIRED);
		assertThat(this.startupInserter.readinessSeen).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		// category held ids 1 and 2: the user's startup insert gets 3
		assertThat(this.startupInserter.insertedId).isEqualTo(3);
	}

}
