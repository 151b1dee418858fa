package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.TableFilter;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.Targets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A re-check on a backend that read the same part before, and a small check from its
 * first read, reads with one {@code UNION ALL} whose plan the backend keeps
 * ({@code WarmRead}); the first read of a large check, and every read on a connection
 * that keeps no plans ({@code prepareThreshold=0}), has the server plan each table alone
 * ({@code ColdRead}). Both find the same, values included; the warm one reads what was
 * committed since, and a locked table costs it one {@code ERROR}, not the check. A
 * backend that has read before reads every part itself: the plans stay on the backends
 * re-checks use.
 */
class WarmReadTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("warmread");

	static final List<Target> targets = createTables();

	/** 600 tables, 1,200 reads: a large check, read in two parts. */
	static final List<Target> many = RoundTripTests.createTables(database, 600);

	@Test
	void aReCheckReusesThePlanItsBackendMadeOnceAndTheFirstCheckOfManyTablesPlansNothingLarge() throws Exception {
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		try (HikariDataSource pool = pool(1, "")) {
			inspector.inspect("ds", pool, many);
			assertThat(unionAllStatements(pool)).as("a large check's first read prepares no UNION ALL").isEmpty();

			inspector.inspect("ds", pool, many);
			inspector.inspect("ds", pool, many);

			assertThat(unionAllStatements(pool)).as("generic plans of each part's kept UNION ALL")
				.containsExactly(2L, 2L);
		}
	}

	@Test
	void aSmallCheckKeepsItsUnionAllFromTheFirstRead() throws Exception {
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		try (HikariDataSource pool = pool(1, "")) {
			inspector.inspect("ds", pool, targets);
			assertThat(unionAllStatements(pool)).as("generic plans of the kept UNION ALL").containsExactly(1L);

			inspector.inspect("ds", pool, targets);

			assertThat(unionAllStatements(pool)).containsExactly(2L);
		}
	}

	@Test
	void aConnectionThatKeepsNoPlansReadsASmallCheckTableByTable() throws Exception {
		PartReader reader = new PartReader(Duration.ofSeconds(1), new WarmBackends());
		List<StateReader.Read> part = List.of(new StateReader.Read(0, 1, "public.a", "id", 1, false, false));
		try (HikariDataSource keeping = pool(1, "");
				HikariDataSource notKeeping = pool(1, "prepareThreshold=0");
				Connection keeps = keeping.getConnection();
				Connection keepsNone = notKeeping.getConnection()) {
			assertThat(reader.shape(keeps, part, true)).isInstanceOf(WarmRead.class);
			assertThat(reader.shape(keepsNone, part, true)).isInstanceOf(ColdRead.class);
			assertThat(reader.shape(keeps, part, false)).isInstanceOf(ColdRead.class);
		}
	}

	@Test
	void warmReadsFindWhatColdReadsFindAndWhatWasCommittedSince() throws Exception {
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		try (HikariDataSource pool = pool(1, ""); HikariDataSource keepingNoPlans = pool(1, "prepareThreshold=0")) {
			// a connection that keeps no plans reads every table alone
			DataSourceReport cold = inspector.inspect("ds", keepingNoPlans, targets).report();
			assertThat(unionAllStatements(keepingNoPlans)).isEmpty();
			DataSourceReport warm = inspector.inspect("ds", pool, targets).report();
			DataSourceReport kept = inspector.inspect("ds", pool, targets).report();

			assertThat(cold.targets()).extracting(TargetReport::status)
				.containsExactly(TargetStatus.DRIFT, TargetStatus.OK, TargetStatus.OK, TargetStatus.DRIFT,
						TargetStatus.DRIFT, TargetStatus.DRIFT, TargetStatus.DRIFT);
			for (DataSourceReport report : List.of(warm, kept)) {
				assertThat(report.targets()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("detail")
					.isEqualTo(cold.targets());
			}

			database.execute("insert into healthy (id) values (100)");
			TargetReport healthy = inspector.inspect("ds", pool, targets).report().targets().get(1);
			database.execute("delete from healthy where id = 100");

			assertThat(healthy.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(healthy.knownReading().furthestId()).isEqualTo(100L);
			assertThat(unionAllStatements(pool)).isNotEmpty();
		}
	}

	@Test
	void aLockedTableCostsAWarmReadOneError() throws Exception {
		SequenceInspector inspector = new SequenceInspector(
				new InspectionSettings(Duration.ofSeconds(1), TableFilter.ALL, 0.8));
		try (HikariDataSource pool = pool(1, "");
				Connection blocker = database.dataSource().getConnection();
				Statement statement = blocker.createStatement()) {
			inspector.inspect("ds", pool, targets);
			DataSourceReport warm = inspector.inspect("ds", pool, targets).report();
			assertThat(unionAllStatements(pool)).as("the backend reads warm from now on").isNotEmpty();
			blocker.setAutoCommit(false);
			statement.execute("lock table empty in access exclusive mode");

			DataSourceReport locked = inspector.inspect("ds", pool, targets).report();
			blocker.rollback();

			assertThat(locked.outcome()).isEqualTo(DataSourceReport.Outcome.COMPLETED);
			assertThat(locked.targets()).filteredOn((target) -> target.status() == TargetStatus.ERROR)
				.singleElement()
				.satisfies((target) -> assertThat(target.detail()).contains("reading public.empty failed"));
			assertThat(locked.targets()).filteredOn((target) -> target.status() != TargetStatus.ERROR)
				.usingRecursiveFieldByFieldElementComparatorIgnoringFields("detail")
				.isEqualTo(warm.targets()
					.stream()
					.filter((target) -> !target.identity().table().equals("empty"))
					.toList());
		}
	}

	@Test
	void aConnectionThatKeepsNoPlansIsReadColdEveryTime() throws Exception {
		WarmBackends warmBackends = new WarmBackends();
		List<StateReader.Read> part = List.of(new StateReader.Read(0, 1, "public.a", "id", 1, false, false));
		List<StateReader.Read> other = List.of(new StateReader.Read(0, 2, "public.b", "id", 1, false, false));
		try (HikariDataSource keeping = pool(1, ""); HikariDataSource notKeeping = pool(1, "prepareThreshold=0")) {
			try (Connection connection = keeping.getConnection()) {
				warmBackends.remember(connection, part);
			}
			try (Connection connection = notKeeping.getConnection()) {
				warmBackends.remember(connection, part);
			}
			try (Connection again = keeping.getConnection()) {
				assertThat(warmBackends.knows(again)).as("the same backend behind a new proxy").isTrue();
				assertThat(warmBackends.hasRead(again, part)).isTrue();
				assertThat(warmBackends.hasRead(again, other)).isFalse();
			}
			try (Connection again = notKeeping.getConnection()) {
				assertThat(warmBackends.knows(again)).isFalse();
				assertThat(warmBackends.hasRead(again, part)).isFalse();
			}
		}
	}

	@Test
	void aBackendThatReadBeforeReadsEveryPartItself() throws Exception {
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		int helpers = SpareConnections.MAX_CONNECTIONS - 1;
		try (CountingPool pool = pool(helpers + 3, "")) {
			inspector.inspect("ds", pool, many);
			int cold = pool.connectionsTaken.getAndSet(0);
			inspector.inspect("ds", pool, many);
			int warm = pool.connectionsTaken.getAndSet(0);

			// its own, the helpers that resolve parts of the 600 targets, the helpers
			// that
			// read parts of the 1,200 reads
			assertThat(cold).as("connections taken by a first check").isEqualTo(1 + helpers + helpers);
			// the catalog query keeps no large plan: it is still resolved side by side
			assertThat(warm).as("connections taken by a re-check on a backend that read before").isEqualTo(1 + helpers);
		}
	}

	/** The generic plans of each UNION ALL statement prepared on the pool's backend. */
	private static List<Long> unionAllStatements(HikariDataSource pool) throws SQLException {
		try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
			ResultSet rows = statement.executeQuery(
					"select generic_plans from pg_prepared_statements where statement like '%union all select%'");
			List<Long> plans = new java.util.ArrayList<>();
			while (rows.next()) {
				plans.add(rows.getLong(1));
			}
			return plans;
		}
	}

	private static CountingPool pool(int size, String parameters) throws InterruptedException {
		return database.filledPool(CountingPool::new, size, parameters);
	}

	/** A pool that counts the connections taken from it. */
	static final class CountingPool extends HikariDataSource {

		final AtomicInteger connectionsTaken = new AtomicInteger();

		CountingPool(HikariConfig config) {
			super(config);
		}

		@Override
		public Connection getConnection() throws SQLException {
			this.connectionsTaken.incrementAndGet();
			return super.getConnection();
		}

	}

	/**
	 * Tables of every kind a read tells apart: a drifted IDENTITY whose sequence was
	 * never called, a healthy one, an empty one, an {@code integer} column, a descending
	 * sequence, and two tables on one pooled sequence, one of them drifted.
	 */
	private static List<Target> createTables() {
		database.execute("""
				create table drifted (id bigint generated by default as identity primary key);
				insert into drifted (id) values (1), (2), (3);
				create table healthy (id bigint generated by default as identity primary key, v int);
				insert into healthy (v) values (1), (2);
				create table empty (id bigint generated by default as identity primary key);
				create table small (id integer generated by default as identity primary key);
				insert into small (id) values (7);
				create sequence down_seq increment -1 maxvalue -1 start -1;
				create table down (id bigint primary key default nextval('down_seq'));
				insert into down (id) values (-1), (-2), (-5);
				create sequence shared_seq increment 50;
				create table pooled_a (id bigint primary key);
				create table pooled_b (id bigint primary key);
				insert into pooled_a (id) values (1), (2);
				insert into pooled_b (id) values (500);
				""");
		IdGenerator shared = IdGenerator.sequence(new DbName(null, "shared_seq"), OptimizerKind.POOLED, 50, -1);
		return List.of(Targets.identity("drifted"), Targets.identity("healthy"), Targets.identity("empty"),
				Targets.identity("small"), Targets.identity("down"),
				Target.checked("pooled_a", new DbName(null, "pooled_a"), "id", shared),
				Target.checked("pooled_b", new DbName(null, "pooled_b"), "id", shared));
	}

}
