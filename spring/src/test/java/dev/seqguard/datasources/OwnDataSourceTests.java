package dev.seqguard.datasources;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.autoconfigure.SeqGuardAutoConfiguration;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * An application without a JDBC {@code DataSource} bean, configured as an R2DBC
 * application is ({@code spring.r2dbc.*}): SeqGuard checks its database at startup
 * through a JDBC connection of its own, derived from {@code spring.r2dbc.url} or set with
 * {@code seqguard.datasource.url}; without PostgreSQL's JDBC driver one INFO line says
 * what to add. The R2DBC driver itself is not on this classpath: SeqGuard reads only the
 * properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class OwnDataSourceTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("r2dbcapp");

	static {
		database.execute("""
				create table reading (id bigserial primary key);
				insert into reading (id) values (1), (2), (3);
				""");
	}

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SeqGuardAutoConfiguration.class))
		.withPropertyValues("seqguard.refresh-interval=0");

	@Test
	void derivesItsConnectionFromSpringR2dbcUrlAndChecksAtStartup() {
		this.contextRunner
			.withPropertyValues(
					"spring.r2dbc.url=r2dbc:postgresql://localhost:" + EmbeddedPostgres.port() + "/" + database.name(),
					"spring.r2dbc.username=postgres")
			.run((context) -> {
				SequenceGuard guard = context.getBean(SequenceGuard.class);
				assertThat(guard.dataSources()).extracting(GuardedDataSource::name)
					.containsExactly("seqguard.datasource");
				assertThat(guard.latestReport().dataSources()).singleElement()
					.satisfies((report) -> assertThat(report.outcome()).isEqualTo(DataSourceReport.Outcome.COMPLETED));
				assertThat(guard.latestReport().targets())
					.extracting((target) -> target.identity().qualifiedTable(), TargetReport::status,
							TargetReport::knownLag)
					.containsExactly(tuple("public.reading", TargetStatus.DRIFT, 3L));
			});
	}

	@Test
	void anExplicitSeqguardDatasourceUrlIsUsed() {
		this.contextRunner
			.withPropertyValues("spring.r2dbc.url=r2dbc:postgresql://localhost:1/nowhere",
					"seqguard.datasource.url=" + database.jdbcUrl().replaceFirst("\\?.*", ""),
					"seqguard.datasource.username=postgres")
			.run((context) -> assertThat(context.getBean(SequenceGuard.class).latestReport().targets())
				.extracting((target) -> target.identity().qualifiedTable(), TargetReport::status)
				.containsExactly(tuple("public.reading", TargetStatus.DRIFT)));
	}

	@Test
	void aUrlTheDriverRejectsIsOneWarnAndTheApplicationStarts(CapturedOutput output) {
		this.contextRunner.withPropertyValues("seqguard.datasource.url=jdbc:postgresql://localhost:notaport/db")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SequenceGuard.class).dataSources()).isEmpty();
			});
		assertThat(output.getAll().lines().filter((line) -> line.contains("is not a PostgreSQL JDBC URL")))
			.singleElement()
			.asString()
			.contains("WARN")
			.contains("set seqguard.datasource.url to jdbc:postgresql://host:port/database");
	}

	@Test
	void withoutTheJdbcDriverOneInfoLineSaysWhatToAdd(CapturedOutput output) {
		this.contextRunner.withClassLoader(new FilteredClassLoader("org.postgresql"))
			.withPropertyValues(
					"spring.r2dbc.url=r2dbc:postgresql://localhost:" + EmbeddedPostgres.port() + "/" + database.name())
			.run((context) -> assertThat(context.getBean(SequenceGuard.class).dataSources()).isEmpty());
		assertThat(output.getAll().lines().filter((line) -> line.contains("JDBC driver"))).singleElement()
			.asString()
			.contains("INFO")
			.contains("SeqGuard cannot check seqguard.datasource (jdbc:postgresql://localhost:")
			.contains("add org.postgresql:postgresql");
	}

}
