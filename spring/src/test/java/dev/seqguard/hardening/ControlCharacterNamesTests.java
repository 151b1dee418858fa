package dev.seqguard.hardening;

import java.util.ArrayList;
import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.actuate.SeqGuardHealth;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table, a column and a sequence whose names hold a newline, a carriage return and an
 * ESC, checked and then repaired by a real application: its log, its Prometheus scrape
 * and its health details show them escaped, and every log line starts with the logging
 * pattern's own prefix, so a name can neither forge a line nor drive a terminal.
 */
@ExtendWith(OutputCaptureExtension.class)
class ControlCharacterNamesTests {

	/** Boot's default console pattern starts each line with an ISO date and time. */
	private static final String LOG_LINE_PREFIX = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*";

	static final TestDatabase database = EmbeddedPostgres.createDatabase("controlchars");

	static {
		database.execute("""
				create schema hostile;
				create sequence hostile."s\u001b[31m red";
				create table hostile."evil\nERROR forged line" (
				  "id\rWARN forged" bigint primary key default nextval('hostile."s\u001b[31m red"'));
				insert into hostile."evil\nERROR forged line" values (1), (2), (3);
				""");
	}

	@Test
	void namesWithControlCharactersAreEscapedInTheLogTheScrapeAndTheHealth(CapturedOutput output) {
		// what the embedded server logged before the test is not the application's
		int applicationStart = output.getAll().length();
		List<String> printed = new ArrayList<>();
		try (ConfigurableApplicationContext application = start("report")) {
			SequenceGuard guard = application.getBean(SequenceGuard.class);
			assertThat(guard.latestReport().drifted()).hasSize(1);
			printed.add(application.getBean(PrometheusMeterRegistry.class).scrape());
			printed.add(SeqGuardHealth.of(guard.latestReport(), "DOWN").details().toString());
		}
		try (ConfigurableApplicationContext application = start("repair")) {
			assertThat(application.getBean(SequenceGuard.class).latestReport().targets()).singleElement()
				.extracting((target) -> target.status())
				.isEqualTo(TargetStatus.REPAIRED);
			printed.add(application.getBean(PrometheusMeterRegistry.class).scrape());
		}

		String log = output.getAll().substring(applicationStart);
		assertThat(log)
			.contains("Sequence drift on hostile.evil\\nERROR forged line.id\\rWARN forged: sequence"
					+ " hostile.s\\x1b[31m red")
			.contains("SeqGuard repaired sequence hostile.s\\x1b[31m red (hostile.evil\\nERROR forged line)");
		assertThat(log.lines()).as(log).allMatch((line) -> line.matches(LOG_LINE_PREFIX));
		printed.add(log);
		assertThat(printed)
			.allSatisfy((text) -> assertThat(text.chars().filter((c) -> c < 0x20 && c != '\n')).as(text).isEmpty());
		assertThat(printed.get(0)).contains("table=\"evil\\\\nERROR forged line\"")
			.contains("sequence=\"hostile.s\\\\x1b[31m red\"");
		assertThat(printed.get(1)).contains("hostile.evil\\nERROR forged line.id\\rWARN forged");
	}

	private static ConfigurableApplicationContext start(String mode) {
		return new SpringApplicationBuilder(HostileNamesApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.jpa.hibernate.ddl-auto=none",
					"spring.main.banner-mode=off", "seqguard.mode=" + mode, "seqguard.refresh-interval=0",
					"seqguard.catalog.schemas=hostile", "logging.level.dev.seqguard=DEBUG",
					// Hibernate's own multi-line INFO about its connection settings
					"logging.level.org.hibernate=WARN", "management.prometheus.metrics.export.enabled=true")
			.run();
	}

	/** An application with no entity: SeqGuard finds the table in the catalog. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class HostileNamesApplication {

	}

}
