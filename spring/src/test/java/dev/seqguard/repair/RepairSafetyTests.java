package dev.seqguard.repair;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import dev.seqguard.testsupport.OnEveryPostgresVersion;
import dev.seqguard.testsupport.Targets;

/**
 * Repairs that must not happen, or must happen exactly once: each case leaves the
 * sequence exactly as it was and says why, with the SQLSTATE and the remedy.
 */
@ExtendWith(OutputCaptureExtension.class)
@OnEveryPostgresVersion
class RepairSafetyTests {

	@Test
	void missingUpdateOnTheSequenceChangesNothingAndNamesTheGrant(CapturedOutput output) {
		TestDatabase database = drifted("nosequpdate");
		database.execute("""
				create role seq_reader login;
				grant select, update on drifted to seq_reader;
				grant select on sequence drifted_id_seq to seq_reader;
				""");

		TargetReport target = repairAs(database, database.dataSource("seq_reader", null));

		assertThat(target.status()).isEqualTo(TargetStatus.DRIFT);
		assertThat(target.detail()).contains("SQLSTATE 42501")
			.contains("GRANT UPDATE ON SEQUENCE public.drifted_id_seq TO seq_reader;");
		assertUnchanged(database);
		// the repair itself does not warn: the report logged after it holds the one WARN
		assertThat(output.getAll().lines().filter((line) -> line.contains("WARN"))).isEmpty();
	}

	@Test
	void roleThatCannotLockTheTableChangesNothingAndNamesTheGrant() {
		TestDatabase database = drifted("nolock");
		database.execute("""
				create role table_reader login;
				grant select, insert on drifted to table_reader;
				grant select, update on sequence drifted_id_seq to table_reader;
				""");

		TargetReport target = repairAs(database, database.dataSource("table_reader", null));

		assertThat(target.status()).isEqualTo(TargetStatus.DRIFT);
		assertThat(target.detail()).contains("SQLSTATE 42501")
			.contains("GRANT UPDATE ON TABLE public.drifted TO table_reader;");
		assertUnchanged(database);
	}

	@Test
	void readOnlyDatabaseChangesNothingAndSaysSo() {
		TestDatabase database = drifted("readonly");
		org.postgresql.ds.PGSimpleDataSource readOnly = new org.postgresql.ds.PGSimpleDataSource();
		readOnly.setUrl(database.jdbcUrl());
		readOnly.setOptions("-c default_transaction_read_only=on");

		TargetReport.Checked target = checked(repairAs(database, readOnly));

		assertThat(target.status()).isEqualTo(TargetStatus.DRIFT);
		assertThat(target.lag()).isEqualTo(3);
		assertThat(target.detail()).contains("SQLSTATE 25006").contains("default_transaction_read_only");
		assertUnchanged(database);
	}

	@Test
	void repairBlockedPastTheLockTimeoutIsAbandonedCleanly() throws Exception {
		TestDatabase database = drifted("locktimeout");
		try (Connection writer = database.dataSource().getConnection();
				Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			// an in-flight writer: its ROW EXCLUSIVE lock conflicts with the repair's
			// SHARE ROW EXCLUSIVE
			statement.execute("insert into drifted (id) values (-1)");
			long start = System.nanoTime();

			TargetReport target = repairAs(database, database.dataSource());

			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(target.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(target.detail()).contains("SQLSTATE 55P03")
				.contains("another session holds a conflicting lock; retry");
			assertUnchanged(database);
			writer.commit();
		}
		assertThat(
				new JdbcTemplate(database.dataSource()).queryForObject("select count(*) from drifted", Integer.class))
			.isEqualTo(4);
	}

	@Test
	void aRepairConnectionTerminatedMidPassCostsOnlyTheSequenceItWasRepairing() throws Exception {
		TestDatabase database = EmbeddedPostgres.createDatabase("brokenpass");
		database.execute("""
				create table first (id bigint generated by default as identity primary key);
				create table second (id bigint generated by default as identity primary key);
				create table third (id bigint generated by default as identity primary key);
				insert into first (id) values (1), (2), (3);
				insert into second (id) values (1), (2), (3);
				insert into third (id) values (1), (2), (3);
				""");
		SequenceGuard guard = new SequenceGuard(
				List.of(GuardedDataSource.of("ds", database.dataSource(),
						List.of(Targets.identity("first"), Targets.identity("second"), Targets.identity("third")))),
				InspectionSettings.DEFAULTS, Duration.ofMinutes(1));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try (Connection writer = database.dataSource().getConnection();
				Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			// an in-flight writer holds second: the repair waits there, and that wait is
			// terminated
			statement.execute("insert into second (id) values (-1)");
			Future<SeqGuardReport> repair = executor.submit(guard::repair);
			JdbcTemplate admin = new JdbcTemplate(database.dataSource());
			Integer terminated = 0;
			while (terminated == 0 && !repair.isDone()) {
				terminated = admin.queryForObject(
						"select count(pg_catalog.pg_terminate_backend(pid))::int"
								+ " from pg_catalog.pg_locks where relation = 'second'::regclass and not granted",
						Integer.class);
			}
			writer.rollback();

			assertThat(repair.get().targets()).extracting((target) -> target.identity().table(), TargetReport::status)
				.containsExactly(tuple("first", TargetStatus.REPAIRED), tuple("second", TargetStatus.DRIFT),
						tuple("third", TargetStatus.REPAIRED));
			assertThat(repair.get().targets().get(1).detail()).contains("the connection broke during the repair")
				.contains("57P01");
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void sequenceThatCannotGoFarEnoughIsAnErrorAndIsNotTouched() {
		TestDatabase database = EmbeddedPostgres.createDatabase("overflow");
		database.execute("""
				create table small (id integer generated by default as identity primary key);
				insert into small (id) values (2147483647);
				""");
		SequenceGuard guard = guard(database.dataSource(), List.of(Targets.identity("small")));

		TargetReport checked = guard.check().targets().get(0);
		assertThat(checked.status()).isEqualTo(TargetStatus.DRIFT);
		assertThat(checked.detail()).contains("cannot be repaired in place").contains("stops at 2147483647");

		TargetReport repaired = guard.repair().targets().get(0);
		assertThat(repaired.status()).isEqualTo(TargetStatus.ERROR);
		assertThat(repaired.detail()).contains("cannot be repaired").contains("2147483648");
		assertThat(
				new JdbcTemplate(database.dataSource()).queryForMap("select last_value, is_called from small_id_seq"))
			.isEqualTo(Map.of("last_value", 1L, "is_called", false));
	}

	@Test
	void roleThatDoesNotOwnASequenceGeneratorsSequenceRepairsAndSaysNextvalWasNotHeld(CapturedOutput output) {
		TestDatabase database = EmbeddedPostgres.createDatabase("notowner");
		database.execute("""
				create sequence plain_seq;
				create table plain (id bigint primary key);
				insert into plain (id) values (1), (2), (3);
				create role repairer login;
				grant select, update on plain to repairer;
				grant select, update on sequence plain_seq to repairer;
				""");
		Target target = Target.checked("Plain", new DbName(null, "plain"), "id",
				IdGenerator.sequence(new DbName(null, "plain_seq"), OptimizerKind.NONE, 1, 1));

		TargetReport.Checked repaired = checked(
				guard(database.dataSource("repairer", null), List.of(target)).repair().targets().get(0));

		assertThat(repaired.status()).isEqualTo(TargetStatus.REPAIRED);
		assertThat(repaired.reading().nextValue()).isEqualTo(4);
		assertThat(output.getAll())
			.contains("SeqGuard repaired sequence public.plain_seq (public.plain): next value 1 -> 4;"
					+ " Hibernate's own nextval calls were not held during the repair (the role does not own the sequence)");
	}

	@Test
	void identitySequenceIsHeldByTheTableLockAloneSoOwnershipIsNotNeeded(CapturedOutput output) {
		TestDatabase database = drifted("identitynotowner");
		database.execute("""
				create role identity_repairer login;
				grant select, update on drifted to identity_repairer;
				grant select, update on sequence drifted_id_seq to identity_repairer;
				""");

		TargetReport target = repairAs(database, database.dataSource("identity_repairer", null));

		assertThat(target.status()).isEqualTo(TargetStatus.REPAIRED);
		assertThat(output.getAll())
			.contains("SeqGuard repaired sequence public.drifted_id_seq (public.drifted): next value 1 -> 4")
			.doesNotContain("were not held");
	}

	@Test
	void restatingOwnedByLocksTheSequenceAgainstNextvalWithoutRewritingIt() throws Exception {
		// the premise of the repair's sequence lock, on the real server
		TestDatabase database = EmbeddedPostgres.createDatabase("ownedby");
		database.execute("create sequence locked_seq; select nextval('locked_seq')");
		long relfilenode = new JdbcTemplate(database.dataSource())
			.queryForObject("select relfilenode from pg_class where relname = 'locked_seq'", Long.class);
		try (Connection repair = database.dataSource().getConnection();
				Statement statement = repair.createStatement();
				Connection writer = database.dataSource().getConnection();
				Statement writes = writer.createStatement()) {
			repair.setAutoCommit(false);
			statement.execute("alter sequence locked_seq owned by none");

			writes.execute("set lock_timeout = '200ms'");
			assertThat(org.assertj.core.api.Assertions
				.catchThrowableOfType(java.sql.SQLException.class,
						() -> writes.executeQuery("select nextval('locked_seq')"))
				.getSQLState()).isEqualTo("55P03");
			repair.commit();
		}
		assertThat(new JdbcTemplate(database.dataSource())
			.queryForObject("select relfilenode from pg_class where relname = 'locked_seq'", Long.class))
			.isEqualTo(relfilenode);
	}

	@Test
	void fiveInstancesStartingAtOnceSetEachSequenceExactlyOnce() throws Exception {
		TestDatabase database = EmbeddedPostgres.createDatabase("instances");
		database.execute("""
				create table a (id bigint generated by default as identity primary key);
				insert into a (id) select generate_series(1, 100);
				create sequence shared_seq increment 50;
				create table b (id bigint primary key);
				create table c (id bigint primary key);
				insert into b (id) select generate_series(1, 300);
				insert into c (id) select generate_series(1, 700);
				""");
		IdGenerator shared = IdGenerator.sequence(new DbName(null, "shared_seq"), OptimizerKind.POOLED, 50, 1);
		List<Target> targets = List.of(Targets.identity("a"), Target.checked("B", new DbName(null, "b"), "id", shared),
				Target.checked("C", new DbName(null, "c"), "id", shared));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService instances = Executors.newFixedThreadPool(5);
		List<Future<SeqGuardReport>> reports = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			SequenceGuard guard = guard(database.dataSource(), targets);
			reports.add(instances.submit(() -> {
				start.await();
				return guard.repair();
			}));
		}
		start.countDown();
		Map<String, Integer> repairsPerSequence = new java.util.HashMap<>();
		for (Future<SeqGuardReport> report : reports) {
			SeqGuardReport result = report.get();
			assertThat(result.drifted()).isEmpty();
			result.targets()
				.stream()
				.filter((target) -> target.status() == TargetStatus.REPAIRED)
				.map((entry) -> entry.identity().sequence())
				.distinct()
				.forEach((sequence) -> repairsPerSequence.merge(sequence, 1, Integer::sum));
		}
		instances.shutdown();

		assertThat(repairsPerSequence).isEqualTo(Map.of("public.a_id_seq", 1, "public.shared_seq", 1));
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		assertThat(jdbc.queryForMap("select last_value, is_called from a_id_seq"))
			.isEqualTo(Map.of("last_value", 100L, "is_called", true));
		assertThat(jdbc.queryForMap("select last_value, is_called from shared_seq"))
			.isEqualTo(Map.of("last_value", 700L, "is_called", true));
	}

	/** A table with ids 1..3 and its identity sequence never used. */
	private static TestDatabase drifted(String name) {
		TestDatabase database = EmbeddedPostgres.createDatabase(name);
		database.execute("""
				create table drifted (id bigint generated by default as identity primary key);
				insert into drifted (id) values (1), (2), (3);
				""");
		return database;
	}

	private static TargetReport repairAs(TestDatabase database, DataSource dataSource) {
		SequenceGuard guard = new SequenceGuard(
				List.of(GuardedDataSource.of("ds", dataSource, List.of(Targets.identity("drifted")))),
				InspectionSettings.DEFAULTS, Duration.ofMillis(500));
		return guard.repair().targets().get(0);
	}

	private static SequenceGuard guard(DataSource dataSource, List<Target> targets) {
		return new SequenceGuard(List.of(GuardedDataSource.of("ds", dataSource, targets)), InspectionSettings.DEFAULTS);
	}

	private static void assertUnchanged(TestDatabase database) {
		assertThat(
				new JdbcTemplate(database.dataSource()).queryForMap("select last_value, is_called from drifted_id_seq"))
			.isEqualTo(Map.of("last_value", 1L, "is_called", false));
	}

}
