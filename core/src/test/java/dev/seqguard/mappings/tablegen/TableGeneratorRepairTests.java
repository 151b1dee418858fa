package dev.seqguard.mappings.tablegen;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.mappings.MappingSupport.firstIdHandedOut;
import static dev.seqguard.mappings.MappingSupport.insert;
import static dev.seqguard.mappings.MappingSupport.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TABLE generators are repaired forward only, under the row's lock, while Hibernate
 * inserts: no insert that draws its id after the repair meets a duplicate key, and the
 * row never moves back.
 */
@OnEveryHibernateVersion
class TableGeneratorRepairTests {

	@Test
	void theRepairMovesEachRowPastItsTableAndDropsTheIdsHibernateHeld() {
		TestDatabase database = TableGeneratorCheckTests.database(3, 100);
		try (EngineFixture application = TableGeneratorCheckTests.application(database).start()) {
			// Hibernate now holds the pooled block 52..101 in memory: the repair must
			// drop it
			assertThat(firstIdHandedOut(application.entityManagerFactory(), Parcel::new, Parcel::id)).isEqualTo(52);
			SeqGuardReport repaired = application.guard().repair();

			assertThat(target(repaired, "Coupon").status()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(target(repaired, "Parcel").status()).isEqualTo(TargetStatus.REPAIRED);
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(11);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(1001);
		}
	}

	@Test
	void twoInstancesRepairWhileHibernateInsertsWithoutDuplicateKeysOrBackwardMoves() throws Exception {
		TestDatabase database = TableGeneratorCheckTests.database(3, 100);
		// each failed coupon insert moves its row on by one: with 10 rows, a busy
		// machine's
		// inserters moved it past the table before either instance checked, and no repair
		// was left
		database.execute("insert into coupon (id) select generate_series(11, 100000)");
		try (EngineFixture first = TableGeneratorCheckTests.application(database).start();
				EngineFixture second = TableGeneratorCheckTests.application(database).start()) {
			JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
			AtomicBoolean repaired = new AtomicBoolean();
			AtomicBoolean stop = new AtomicBoolean();
			AtomicInteger parcelDuplicatesAfterRepair = new AtomicInteger();
			AtomicInteger couponDuplicatesAfterRepair = new AtomicInteger();
			AtomicReference<TargetStatus> firstParcelStatus = new AtomicReference<>();
			AtomicInteger insertsAfterRepair = new AtomicInteger();
			AtomicInteger backwardMoves = new AtomicInteger();
			ExecutorService pool = Executors.newFixedThreadPool(6);
			try {
				List<Future<?>> workers = new ArrayList<>();
				for (int i = 0; i < 4; i++) {
					boolean parcels = i % 2 == 0;
					workers.add(pool.submit(() -> {
						while (!stop.get()) {
							boolean afterRepair = repaired.get();
							try {
								// the lambda captures no JPA type: the
								// without-hibernate run
								// loads this class
								insert(first.entityManagerFactory(), parcels ? new Parcel() : new Coupon());
								if (afterRepair) {
									insertsAfterRepair.incrementAndGet();
								}
							}
							catch (RuntimeException ex) {
								if (afterRepair) {
									(parcels ? parcelDuplicatesAfterRepair : couponDuplicatesAfterRepair)
										.incrementAndGet();
								}
							}
						}
					}));
				}
				AtomicLong highest = new AtomicLong();
				workers.add(pool.submit(() -> {
					while (!stop.get()) {
						Long value = jdbc.queryForObject(
								"select next_val from hibernate_sequences where sequence_name = 'parcel'", Long.class);
						if (value != null && value < highest.getAndAccumulate(value, Math::max)) {
							backwardMoves.incrementAndGet();
						}
					}
				}));
				Future<SeqGuardReport> other = pool.submit(() -> second.guard().repair());
				SeqGuardReport report = first.guard().repair();
				SeqGuardReport otherReport = other.get();
				firstParcelStatus.set(target(report, "Parcel").status());
				repaired.set(true);
				while (insertsAfterRepair.get() < 200) {
					Thread.onSpinWait();
				}
				stop.set(true);
				for (Future<?> worker : workers) {
					worker.get();
				}
				// whichever instance came first repaired each row; the other found it
				// repaired (OK, or REPAIRED when it waited on the row's lock)
				List<TargetReport> both = new ArrayList<>(report.targets());
				both.addAll(otherReport.targets());
				assertThat(both).extracting(TargetReport::status).isSubsetOf(TargetStatus.REPAIRED, TargetStatus.OK);
				assertThat(both).filteredOn((target) -> target.status() == TargetStatus.REPAIRED)
					.extracting((target) -> target.identity().entity())
					.contains("Coupon", "Parcel");
			}
			finally {
				stop.set(true);
				pool.shutdownNow();
			}
			assertThat(couponDuplicatesAfterRepair).hasValue(0);
			if (firstParcelStatus.get() == TargetStatus.REPAIRED) {
				assertThat(parcelDuplicatesAfterRepair).hasValue(0);
			}
			else {
				// the inserting instance's check came after the other's repair and
				// found the row OK: it still hands out the pooled block it drew from
				// the
				// drifted row before (docs/repair-protocol.md), one block at most
				assertThat(parcelDuplicatesAfterRepair.get()).isLessThanOrEqualTo(50);
			}
			assertThat(backwardMoves).hasValue(0);
		}
	}

}
