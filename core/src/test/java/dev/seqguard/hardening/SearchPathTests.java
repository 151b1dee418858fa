package dev.seqguard.hardening;

import java.util.List;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * A database whose {@code search_path} puts a schema of same-named functions before
 * {@code pg_catalog}: SeqGuard calls every function as {@code pg_catalog.f}, so none of
 * them runs and the check and the repair give the same answers as anywhere else.
 */
@OnEveryPostgresVersion
class SearchPathTests {

	/** Functions SeqGuard's SQL calls, each failing loudly if it ever runs. */
	static final String FAILING_FUNCTIONS = """
			create function evil.quote_ident(text) returns text language plpgsql
			as $$ begin raise exception 'evil.quote_ident ran'; end $$;
			create function evil.to_regclass(text) returns regclass language plpgsql
			as $$ begin raise exception 'evil.to_regclass ran'; end $$;
			create function evil.unnest(anyarray) returns setof anyelement language plpgsql
			as $$ begin raise exception 'evil.unnest ran'; end $$;
			create function evil.format(text, name, name) returns text language plpgsql
			as $$ begin raise exception 'evil.format ran'; end $$;
			create function evil.format(text, name, name, name) returns text language plpgsql
			as $$ begin raise exception 'evil.format ran'; end $$;
			create function evil.version() returns text language plpgsql
			as $$ begin raise exception 'evil.version ran'; end $$;
			""";

	/**
	 * Aggregates that answer wrongly: max returns the smallest value, min the largest.
	 */
	static final String WRONG_AGGREGATES = """
			create aggregate evil.max(bigint) (sfunc = pg_catalog.int8smaller, stype = bigint);
			create aggregate evil.min(bigint) (sfunc = pg_catalog.int8larger, stype = bigint);
			""";

	@Test
	void checkAndRepairGiveTheRightAnswersWhenFailingFunctionsComeFirstOnTheSearchPath() {
		TestDatabase database = hostile("evilfunctions", FAILING_FUNCTIONS + WRONG_AGGREGATES);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		for (String unqualifiedCall : List.of("select quote_ident('x')", "select to_regclass('x')::text",
				"select format('%I.%I', 'a'::name, 'b'::name)",
				"select format('%I.%I.%I', 'a'::name, 'b'::name, 'c'::name)",
				"select x::text from unnest(array[1]) as x", "select version()")) {
			assertThatException().isThrownBy(() -> jdbc.queryForObject(unqualifiedCall, String.class))
				.withMessageContaining("ran");
		}
		SequenceGuard guard = guard(database);

		DataSourceReport checked = guard.check().dataSources().get(0);

		assertThat(checked.outcome()).as(checked.detail()).isEqualTo(DataSourceReport.Outcome.COMPLETED);
		assertThat(checked.targets()).extracting(this::summary)
			.containsExactly("public.drifted DRIFT max 30 lag 30", "public.pooled DRIFT max 500 lag 500",
					"public.falling DRIFT max -40 lag 40");
		assertThat(guard.repair().targets()).extracting(TargetReport::status).containsOnly(TargetStatus.REPAIRED);
		assertRepairedAboveTheData(jdbc);
	}

	@Test
	void repairSetsSequencesBeyondTheTrueExtremesWhenMaxAndMinOnTheSearchPathLie() {
		TestDatabase database = hostile("evilaggregates", WRONG_AGGREGATES);
		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		assertThat(jdbc.queryForObject("select max(id) from drifted", Long.class)).isEqualTo(1);
		SequenceGuard guard = guard(database);

		assertThat(guard.check().targets()).extracting(this::summary)
			.containsExactly("public.drifted DRIFT max 30 lag 30", "public.pooled DRIFT max 500 lag 500",
					"public.falling DRIFT max -40 lag 40");
		assertThat(guard.repair().targets()).extracting(TargetReport::status).containsOnly(TargetStatus.REPAIRED);
		assertRepairedAboveTheData(jdbc);
		assertThat(guard.check().drifted()).isEmpty();
	}

	private String summary(TargetReport target) {
		Reading reading = target.knownReading();
		return target.identity().qualifiedTable() + " " + target.status() + " max "
				+ ((reading != null) ? reading.furthestId() : null) + " lag " + target.knownLag();
	}

	private static void assertRepairedAboveTheData(JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("select pg_catalog.nextval('drifted_id_seq')", Long.class)).isEqualTo(31);
		assertThat(jdbc.queryForObject("select pg_catalog.nextval('pooled_seq')", Long.class)).isEqualTo(550);
		assertThat(jdbc.queryForObject("select pg_catalog.nextval('falling_seq')", Long.class)).isEqualTo(-41);
	}

	private static TestDatabase hostile(String name, String functions) {
		TestDatabase database = EmbeddedPostgres.createDatabase(name);
		database.execute("""
				create table drifted (id bigint generated by default as identity primary key);
				insert into drifted (id) select pg_catalog.generate_series(1, 30);
				create sequence pooled_seq increment 50;
				create table pooled (id bigint primary key);
				insert into pooled (id) select pg_catalog.generate_series(1, 500);
				create sequence falling_seq increment -1;
				create table falling (id bigint primary key);
				insert into falling (id) select -pg_catalog.generate_series(1, 40);
				create schema evil;
				""" + functions);
		database.executeAsAdmin("alter database ${database} set search_path = evil, pg_catalog, public");
		return database;
	}

	private static SequenceGuard guard(TestDatabase database) {
		List<Target> targets = List.of(
				Target.checked("Drifted", new DbName(null, "drifted"), "id", IdGenerator.IDENTITY),
				Target.checked("Pooled", new DbName(null, "pooled"), "id",
						IdGenerator.sequence(new DbName(null, "pooled_seq"), OptimizerKind.POOLED, 50, 1)),
				Target.checked("Falling", new DbName(null, "falling"), "id",
						IdGenerator.sequence(new DbName(null, "falling_seq"), OptimizerKind.NONE, 1, -1)));
		return new SequenceGuard(List.of(GuardedDataSource.of("ds", database.dataSource(), targets)),
				InspectionSettings.DEFAULTS);
	}

}
