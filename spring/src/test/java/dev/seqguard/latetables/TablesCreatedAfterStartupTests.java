package dev.seqguard.latetables;

import java.time.Duration;

import dev.seqguard.SequenceGuard;
import dev.seqguard.latetables.LateTablesApplication.BackgroundMigration;
import dev.seqguard.latetables.LateTablesApplication.Crate;
import dev.seqguard.latetables.LateTablesApplication.Shipment;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A migration in a background thread creates and fills drifted tables after the startup
 * check, with the default refresh interval (60 s) in {@code repair} mode: the startup
 * warning says migrations may not have run yet, SeqGuard checks again soon while the
 * tables are missing, repairs them once they exist, says so in one INFO line, and an
 * insert 10 s after the migration ended works.
 */
@SpringBootTest(classes = LateTablesApplication.class,
		properties = { "seqguard.mode=repair", "spring.jpa.hibernate.ddl-auto=none",
				"logging.level.dev.seqguard=debug" })
@ExtendWith(OutputCaptureExtension.class)
class TablesCreatedAfterStartupTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("latetables");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	BackgroundMigration migration;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void tablesABackgroundMigrationCreatesAreRepairedSoonAfterAndInsertsWork(CapturedOutput output)
			throws InterruptedException {
		assertThat(output.getAll()).contains("table shipment does not exist (migrations may not have run yet;")
			.contains("SeqGuard re-checks every 1m, the first at ")
			.doesNotContain("ScheduledFutureTask");

		this.migration.runAndWait();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.guard.latestReport().targets())
				.extracting((target) -> target.identity().table(), TargetReport::status)
				.containsExactlyInAnyOrder(tuple("shipment", TargetStatus.REPAIRED),
						tuple("crate", TargetStatus.REPAIRED)));
		assertThat(insert(new Shipment()).getId()).isEqualTo(4);
		assertThat(insert(new Crate()).getId()).isEqualTo(6);
		assertThat(output.getAll().lines().filter((line) -> line.contains("that did not exist at the previous check")))
			.singleElement()
			.asString()
			.contains("INFO")
			.contains("SeqGuard checked 2 tables that did not exist at the previous check: ")
			.contains("shipment")
			.contains("crate");
	}

	private <T> T insert(T entity) {
		try (EntityManager entityManager = this.entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			entityManager.persist(entity);
			entityManager.getTransaction().commit();
			return entity;
		}
	}

}
