package dev.seqguard.r2dbc;

import java.util.List;
import java.util.Map;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.actuate.SeqGuardEndpoint;
import dev.seqguard.report.TargetReport;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A Spring Data R2DBC application, started as its users start it, on a database whose
 * {@code reading} table drifted: SeqGuard checks it through a JDBC connection of its own,
 * derived from {@code spring.r2dbc.*} or set with {@code seqguard.datasource.url}.
 */
@ExtendWith(OutputCaptureExtension.class)
class R2dbcApplicationTests {

	@Test
	void reportModeDerivesItsConnectionFromSpringR2dbcUrlAndWarnsWithTheExactLag(CapturedOutput output) {
		String database = DriftedDatabases.create("report_derived", 3);
		try (ConfigurableApplicationContext context = run(database, "--seqguard.mode=report",
				"--management.endpoints.web.exposure.include=seqguard")) {
			SequenceGuard guard = context.getBean(SequenceGuard.class);
			assertThat(guard.dataSources()).extracting(GuardedDataSource::name).containsExactly("seqguard.datasource");
			assertThat(guard.latestReport().drifted())
				.extracting((target) -> target.identity().qualifiedTable(), TargetReport.Checked::lag)
				.containsExactly(tuple("public.reading", 3L));
			assertThat(context.getBean(MeterRegistry.class)
				.get("seqguard.sequence.lag")
				.tags("datasource", "seqguard.datasource", "table", "reading")
				.gauge()
				.value()).isEqualTo(3.0);
			assertThat(context.getBean(SeqGuardEndpoint.class).report().dataSources())
				.extracting(SeqGuardEndpoint.DataSourceDescriptor::dataSourceName)
				.containsExactly("seqguard.datasource");
		}
		List<String> warnings = output.getAll().lines().filter((line) -> line.contains("Sequence drift on")).toList();
		assertThat(warnings).singleElement()
			.asString()
			.contains("WARN")
			.contains("public.reading.id")
			.contains("lag 3")
			.contains("SELECT pg_catalog.setval('public.reading_id_seq', 3, true);");
	}

	@Test
	void repairModeLetsTheApplicationsR2dbcInsertsThroughAfterStartup() {
		String database = DriftedDatabases.create("repair_derived", 3);
		try (ConfigurableApplicationContext context = run(database, "--seqguard.mode=repair")) {
			Reading saved = context.getBean(ReadingRepository.class).save(new Reading(null, "first new")).block();
			assertThat(saved).isNotNull().extracting(Reading::id).isEqualTo(4L);
		}
	}

	@Test
	void anExplicitSeqguardDatasourceUrlIsCheckedInsteadOfTheDerivedOne() {
		String applicationDatabase = DriftedDatabases.create("explicit_app", 3);
		String ownDatabase = DriftedDatabases.create("explicit_own", 5);
		try (ConfigurableApplicationContext context = run(applicationDatabase,
				"--seqguard.datasource.url=" + DriftedDatabases.jdbcUrl(ownDatabase),
				"--seqguard.datasource.username=postgres")) {
			assertThat(context.getBean(SequenceGuard.class).latestReport().drifted())
				.extracting((target) -> target.identity().qualifiedTable(), TargetReport.Checked::lag)
				.containsExactly(tuple("public.reading", 5L));
		}
	}

	private static ConfigurableApplicationContext run(String database, String... arguments) {
		SpringApplication application = new SpringApplication(ReadingsApplication.class);
		application.setDefaultProperties(Map.of("spring.r2dbc.url", DriftedDatabases.r2dbcUrl(database),
				"spring.r2dbc.username", "postgres", "seqguard.refresh-interval", "0"));
		return application.run(arguments);
	}

}
