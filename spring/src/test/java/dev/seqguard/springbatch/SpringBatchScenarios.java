package dev.seqguard.springbatch;

import java.util.Map;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A Spring Batch application after its job repository was restored from a dump: the rows
 * came back, the sequences its {@code JdbcJobInstanceDao} and friends draw ids from
 * stayed at their start. SeqGuard maps those sequences to their tables by itself. Each
 * Boot line runs these scenarios with its own Spring Batch (6 on Boot 4, 5 on Boot 3.5).
 */
abstract class SpringBatchScenarios {

	/** Job instances, executions and step executions 1 to 3, written with their ids. */
	private static final String RESTORED_ROWS = """
			insert into batch_job_instance (job_instance_id, version, job_name, job_key)
			  select n, 0, 'restored', 'key' || n from generate_series(1, 3) n;
			insert into batch_job_execution (job_execution_id, version, job_instance_id, create_time, status)
			  select n, 0, n, now(), 'COMPLETED' from generate_series(1, 3) n;
			insert into batch_step_execution (step_execution_id, version, step_name, job_execution_id, create_time, status)
			  select n, 0, 'restored', n, now(), 'COMPLETED' from generate_series(1, 3) n;
			""";

	/**
	 * Returns the application: one job of one step, launched at startup by Spring Boot.
	 * @return the application class
	 */
	abstract Class<?> application();

	/**
	 * Returns the sequence this Spring Batch draws job instance ids from.
	 * @return {@code schema.name}
	 */
	abstract String jobInstanceSequence();

	@Test
	void driftOfTheRestoredJobRepositoryIsReportedWithoutConfiguration() {
		TestDatabase database = restoredJobRepository();
		try (ConfigurableApplicationContext context = start(database, "seqguard.mode=report",
				"spring.batch.job.enabled=false")) {
			DataSourceReport report = context.getBean(SequenceGuard.class).latestReport().dataSources().get(0);

			assertThat(report.targets())
				.extracting((target) -> target.identity().qualifiedTable(), (target) -> target.identity().sequence(),
						TargetReport::status, TargetReport::knownLag)
				.containsExactlyInAnyOrder(
						tuple("public.batch_job_instance", jobInstanceSequence(), TargetStatus.DRIFT, 3L),
						tuple("public.batch_job_execution", "public.batch_job_execution_seq", TargetStatus.DRIFT, 3L),
						tuple("public.batch_step_execution", "public.batch_step_execution_seq", TargetStatus.DRIFT,
								3L));
			assertThat(report.unmappedSequences()).isEmpty();
		}
	}

	@Test
	void aJobLaunchedAfterARepairModeStartupCompletes() {
		TestDatabase database = restoredJobRepository();
		start(database, "seqguard.mode=repair").close();

		JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
		assertThat(jdbc.queryForList("select e.job_execution_id, i.job_instance_id, e.status from batch_job_execution e"
				+ " join batch_job_instance i using (job_instance_id) where i.job_name = 'nightly'"))
			.containsExactly(Map.of("job_execution_id", 4L, "job_instance_id", 4L, "status", "COMPLETED"));
		assertThat(jdbc
			.queryForList("select step_execution_id, status from batch_step_execution where step_name = 'tidy'"))
			.containsExactly(Map.of("step_execution_id", 4L, "status", "COMPLETED"));
	}

	@Test
	void withoutSeqGuardTheSameLaunchFailsWithADuplicateKey() {
		TestDatabase database = restoredJobRepository();

		assertThatException().isThrownBy(() -> start(database, "seqguard.enabled=false").close())
			.withStackTraceContaining("duplicate key value violates unique constraint");
	}

	private ConfigurableApplicationContext start(TestDatabase database, String... properties) {
		return new SpringApplicationBuilder(application()).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
					"spring.batch.jdbc.initialize-schema=never")
			.properties(properties)
			.run();
	}

	/** A database with Spring Batch's own schema for PostgreSQL and restored rows. */
	private static TestDatabase restoredJobRepository() {
		TestDatabase database = EmbeddedPostgres.createDatabase("springbatch");
		database.runScripts("org/springframework/batch/core/schema-postgresql.sql");
		database.execute(RESTORED_ROWS);
		return database;
	}

}
