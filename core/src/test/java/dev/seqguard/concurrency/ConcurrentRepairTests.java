package dev.seqguard.concurrency;

import java.time.Duration;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SeqGuard's repair, run again and again while writers insert without pause, never causes
 * a duplicate key, never moves a sequence backwards and never loses a row.
 * ({@link NaiveRepairDemonstration} runs the same harness with a bare
 * {@code setval(seq, (SELECT max(id) FROM t))} to show the harness catches what that
 * does.)
 */
class ConcurrentRepairTests {

	@Test
	void repeatedRepairsUnderConcurrentInsertsLoseNothing() throws Exception {
		TestDatabase database = EmbeddedPostgres.createDatabase("concurrent");
		database.execute(HotConfiguration.SCHEMA);
		try (EngineFixture application = EngineFixture.on(database, HotConfiguration.ENTITIES)
			.pool(20, 20)
			.repairLockTimeout(Duration.ofSeconds(10))
			.start()) {
			SequenceGuard guard = application.guard();
			ConcurrentRepairHarness harness = new ConcurrentRepairHarness(application.entityManagerFactory(),
					application.dataSource());

			ConcurrentRepairHarness.Result result = harness.run(() -> {
				SeqGuardReport report = guard.repair();
				int moved = (int) report.targets()
					.stream()
					.filter((target) -> target.status() == TargetStatus.REPAIRED)
					.map((target) -> target.identity().sequence())
					.distinct()
					.count();
				return new ConcurrentRepairHarness.RepairRun(moved, report.drifted().isEmpty());
			}, Duration.ofSeconds(4));
			System.out.println("SeqGuard repair under load: " + result);

			assertThat(result.repairsThatMoved()).as("repairs that found fresh drift under load")
				.isGreaterThanOrEqualTo(5);
			assertThat(result.insertsAfterFirstRepair()).isGreaterThan(500);
			assertThat(result.duplicatesAfterFirstRepair()).isZero();
			assertThat(result.backwardMoves()).isZero();
			// the repair locks the sequence without rewriting it, so readers never
			// see it empty
			assertThat(result.unreadableSamples()).isZero();
			assertThat(result.lostRows()).isZero();
			// no writer's transaction is ever the victim of a lock conflict with a
			// repair
			assertThat(result.otherErrors()).isZero();
		}
	}

}
