package dev.seqguard.hardening;

import java.util.List;
import java.util.Map;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.testsupport.Outcomes.checked;
import static dev.seqguard.testsupport.Outcomes.failed;
import static org.assertj.core.api.Assertions.assertThat;
import dev.seqguard.testsupport.OnEveryPostgresVersion;
import dev.seqguard.testsupport.Targets;

/**
 * Sequences that are not the plain ascending kind: each is measured against the right
 * limit and repaired only when the repair can go all the way.
 */
@OnEveryPostgresVersion
class OddSequencesTests {

	@Test
	void descendingSequenceDriftsAgainstTheSmallestIdAndIsRepairedDownwards() {
		TestDatabase database = database("descending", """
				create sequence down_seq increment -1 minvalue -1000 maxvalue -1 start -1;
				create table down (id bigint primary key default nextval('down_seq'));
				insert into down (id) select -generate_series(1, 5);
				""");
		SequenceGuard guard = guard(database, Targets.identity("down"));

		TargetReport.Checked checked = checked(guard.check().targets().get(0));
		assertThat(checked.reading().furthestId()).isEqualTo(-5);
		assertThat(checked.reading().nextValue()).isEqualTo(-1);
		assertThat(checked.lag()).isEqualTo(5);

		TargetReport.Checked repaired = checked(guard.repair().targets().get(0));
		assertThat(repaired.status()).isEqualTo(TargetStatus.REPAIRED);
		assertThat(repaired.reading().nextValue()).isEqualTo(-6);
		assertThat(new JdbcTemplate(database.dataSource()).queryForObject("select nextval('down_seq')", Long.class))
			.isEqualTo(-6);
	}

	@Test
	void minValueAboveOneIsTheStartOfTheRange() {
		TestDatabase database = database("minvalue", """
				create sequence mv_seq minvalue 100 start 100;
				create table mv (id bigint primary key default nextval('mv_seq'));
				insert into mv (id) select generate_series(100, 110);
				""");

		TargetReport.Checked target = checked(guard(database, Targets.identity("mv")).repair().targets().get(0));

		assertThat(target.status()).isEqualTo(TargetStatus.REPAIRED);
		assertThat(target.reading().nextValue()).isEqualTo(111);
	}

	@Test
	void cyclingSequenceAtItsLimitWrapsIntoTheDataAndCannotBeRepairedInPlace() {
		TestDatabase database = database("cycle", """
				create sequence cyc_seq maxvalue 10 cycle;
				create table cyc (id bigint primary key default nextval('cyc_seq'));
				insert into cyc (id) select generate_series(1, 10);
				select setval('cyc_seq', 10, true);
				""");
		SequenceGuard guard = guard(database, Targets.identity("cyc"));

		TargetReport.Checked checked = checked(guard.check().targets().get(0));
		assertThat(checked.reading().nextValue()).isEqualTo(1);
		assertThat(checked.lag()).isEqualTo(10);
		assertThat(checked.detail()).contains("cannot be repaired in place").contains("stops at 10");

		assertThat(guard.repair().targets().get(0).status()).isEqualTo(TargetStatus.ERROR);
		assertUnchanged(database, "cyc_seq", 10L, true);
	}

	@Test
	void exhaustedSequenceThatDoesNotCycleIsAnError() {
		TestDatabase database = database("exhausted", """
				create sequence full_seq maxvalue 10;
				create table full_table (id bigint primary key default nextval('full_seq'));
				select setval('full_seq', 10, true);
				""");

		TargetReport.Failed target = failed(guard(database, Targets.identity("full_table")).check().targets().get(0));

		assertThat(target.status()).isEqualTo(TargetStatus.ERROR);
		assertThat(target.reading()).isNotNull().extracting(Reading::usage).isEqualTo(1.0);
		assertThat(target.detail()).contains("has reached its limit").contains("2200H");
	}

	@Test
	void cachedSequenceIsReadAtTheEndOfItsCache() {
		TestDatabase database = database("cache", """
				create sequence cached_seq cache 20;
				create table cached (id bigint primary key default nextval('cached_seq'));
				insert into cached default values;
				""");

		TargetReport.Checked target = checked(guard(database, Targets.identity("cached")).check().targets().get(0));

		// the session that inserted holds 2..20; every other session starts at 21
		assertThat(target.reading().nextValue()).isEqualTo(21);
		assertThat(target.status()).isEqualTo(TargetStatus.OK);
	}

	@Test
	void bigintSequenceOnNarrowColumnsIsMeasuredAgainstTheColumnsLimit() {
		TestDatabase database = database("narrow", """
				create sequence int_seq;
				create table narrow_int (id integer primary key default nextval('int_seq'));
				select setval('int_seq', 2000000000, true);
				create sequence small_seq;
				create table narrow_small (id smallint primary key default nextval('small_seq'));
				select setval('small_seq', 30000, true);
				""");

		List<TargetReport> targets = guard(database, Targets.identity("narrow_int"), Targets.identity("narrow_small"))
			.check()
			.targets();

		assertThat(checked(targets.get(0)).reading().usage()).isEqualTo(2_000_000_000.0 / Integer.MAX_VALUE);
		assertThat(checked(targets.get(0)).reading().nearingExhaustion()).isTrue();
		assertThat(checked(targets.get(1)).reading().usage()).isEqualTo(30_000.0 / Short.MAX_VALUE);
		assertThat(checked(targets.get(1)).reading().nearingExhaustion()).isTrue();
	}

	@Test
	void sequenceWhoseMaxValueIsBelowTheDataIsAnErrorAndNeverHalfRepaired() {
		TestDatabase database = database("lowmax", """
				create sequence low_seq maxvalue 100;
				create table low (id bigint primary key default nextval('low_seq'));
				insert into low (id) select generate_series(1, 150);
				""");
		SequenceGuard guard = guard(database, Targets.identity("low"));

		TargetReport.Failed repaired = failed(guard.repair().targets().get(0));

		assertThat(repaired.status()).isEqualTo(TargetStatus.ERROR);
		assertThat(repaired.detail()).contains("the next value must reach 151").contains("the sequence stops at 100");
		// still behind its data: the lag gauge keeps reading it
		assertThat(repaired.lag()).isEqualTo(150);
		assertUnchanged(database, "low_seq", 1L, false);
	}

	@Test
	void usageAfterARepairCountsTheBlockTheRepairMovedTo() {
		TestDatabase database = database("usageafter", """
				create sequence block_seq increment 50 maxvalue 1000;
				create table block (id bigint primary key);
				insert into block (id) select generate_series(1, 500);
				""");
		Target target = Target.checked("Block", new DbName(null, "block"), "id",
				IdGenerator.sequence(new DbName(null, "block_seq"), OptimizerKind.POOLED, 50, 1));
		SequenceGuard guard = guard(database, target);

		assertThat(checked(guard.check().targets().get(0)).reading().usage()).isEqualTo(500.0 / 1000);

		TargetReport.Checked repaired = checked(guard.repair().targets().get(0));
		// nextval is now 550: ids up to 549 are spoken for
		assertThat(repaired.reading().nextValue()).isEqualTo(550);
		assertThat(repaired.reading().usage()).isEqualTo(549.0 / 1000);
		assertThat(checked(guard.check().targets().get(0)).reading().usage()).isEqualTo(repaired.reading().usage());
	}

	@Test
	void tableWithOnlyNegativeIdsNeverCollidesWithAnAscendingSequence() {
		TestDatabase database = database("negative", """
				create table negative (id bigint generated by default as identity primary key);
				insert into negative (id) select -generate_series(1, 10);
				""");

		TargetReport.Checked target = checked(guard(database, Targets.identity("negative")).check().targets().get(0));

		assertThat(target.status()).isEqualTo(TargetStatus.OK);
		assertThat(target.reading().furthestId()).isEqualTo(-1);
	}

	@Test
	void toleratedIncrementMismatchUsesHibernatesIncrementOverTheDatabasesStep() {
		// allocationSize 50 on a sequence that steps by 1
		// (increment_size_mismatch_strategy=log):
		// (100, called) -> nextval 101 -> Hibernate hands out 52..101
		TestDatabase database = database("mismatch", """
				create sequence mismatch_seq increment 1;
				select setval('mismatch_seq', 100, true);
				create table mismatch (id bigint primary key);
				insert into mismatch (id) select generate_series(1, 60);
				""");
		Target target = Target.checked("Mismatch", new DbName(null, "mismatch"), "id",
				IdGenerator.sequence(new DbName(null, "mismatch_seq"), OptimizerKind.POOLED, 50, 1));
		SequenceGuard guard = guard(database, target);

		TargetReport.Checked checked = checked(guard.check().targets().get(0));
		assertThat(checked.firstId()).isEqualTo(52);
		assertThat(checked.lag()).isEqualTo(9);

		TargetReport.Checked repaired = checked(guard.repair().targets().get(0));
		// nextval must reach 60 + 50 so that the block 61..110 is handed out
		assertThat(repaired.reading().nextValue()).isEqualTo(110);
		assertThat(repaired.firstId()).isEqualTo(61);
	}

	private static TestDatabase database(String name, String sql) {
		TestDatabase database = EmbeddedPostgres.createDatabase(name);
		database.execute(sql);
		return database;
	}

	private static SequenceGuard guard(TestDatabase database, Target... targets) {
		return new SequenceGuard(List.of(GuardedDataSource.of("ds", database.dataSource(), List.of(targets))),
				InspectionSettings.DEFAULTS);
	}

	private static void assertUnchanged(TestDatabase database, String sequence, long lastValue, boolean isCalled) {
		assertThat(new JdbcTemplate(database.dataSource()).queryForMap("select last_value, is_called from " + sequence))
			.isEqualTo(Map.of("last_value", lastValue, "is_called", isCalled));
	}

}
