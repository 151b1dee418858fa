package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.discovery.Target;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.TableFilter;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check reads side by side only on idle connections a HikariCP pool can spare, always
 * leaving one idle, and finds the same as on one connection, a locked table included.
 */
class SideBySideTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("sidebyside");

	@Test
	void takesOnlyIdleConnectionsAndLeavesOneIdle() throws Exception {
		try (HikariDataSource pool = filledPool(4)) {
			assertThat(SpareConnections.available(pool)).isEqualTo(Math.min(SpareConnections.MAX_CONNECTIONS - 1, 3));
			try (Connection first = pool.getConnection();
					Connection second = pool.getConnection();
					Connection third = pool.getConnection()) {
				// one idle left: it stays the application's
				assertThat(SpareConnections.available(pool)).isZero();
			}
		}
		try (HikariDataSource pool = filledPool(1); Connection only = pool.getConnection()) {
			assertThat(SpareConnections.available(pool)).isZero();
		}
	}

	@Test
	void takesNoneWhereItCannotTellWhatThePoolCanSpare() throws Exception {
		try (HikariDataSource pool = filledPool(4)) {
			// a wrapper may stand for one transaction's connection (a test-managed
			// transaction): never widened
			assertThat(SpareConnections.available(new DelegatingDataSource(pool))).isZero();
		}
		assertThat(SpareConnections.available(database.dataSource())).isZero();
	}

	@Test
	void findsTheSameSideBySideAsOnOneConnectionWithALockedTable() throws Exception {
		List<Target> targets = RoundTripTests.createTables(database, 600);
		SequenceInspector inspector = new SequenceInspector(
				new InspectionSettings(Duration.ofSeconds(1), TableFilter.ALL, 0.8));
		try (HikariDataSource pool = filledPool(4);
				HikariDataSource single = filledPool(1);
				Connection blocker = database.dataSource().getConnection();
				Statement statement = blocker.createStatement()) {
			blocker.setAutoCommit(false);
			statement.execute("lock table t301 in access exclusive mode");

			DataSourceReport sideBySide = inspector.inspect("ds", pool, targets).report();
			DataSourceReport oneConnection = inspector.inspect("ds", single, targets).report();
			blocker.rollback();

			for (DataSourceReport report : List.of(sideBySide, oneConnection)) {
				assertThat(report.outcome()).isEqualTo(DataSourceReport.Outcome.COMPLETED);
				assertThat(report.drifted()).hasSize(60);
				TargetReport locked = report.targets().get(301);
				assertThat(locked.status()).isEqualTo(TargetStatus.ERROR);
				assertThat(locked.detail()).contains("reading public.t301 failed");
				assertThat(report.targets()).filteredOn((target) -> target.status() == TargetStatus.ERROR).hasSize(1);
			}
			assertThat(sideBySide.targets()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("detail")
				.isEqualTo(oneConnection.targets());
		}
	}

	private static HikariDataSource filledPool(int size) throws InterruptedException {
		return database.filledPool(HikariDataSource::new, size, "");
	}

}
