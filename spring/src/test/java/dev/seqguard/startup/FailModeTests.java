package dev.seqguard.startup;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code seqguard.mode=fail} stops a real application before it serves, with Spring
 * Boot's failure analysis: what drifted, the statement that fixes it, and the repair mode
 * as the action.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailModeTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("failmode");

	static {
		database.execute(TrafficApplication.SCHEMA);
	}

	@Test
	void driftStopsStartupWithAFailureAnalysisNamingTheTableTheFixAndTheRepairMode(CapturedOutput output) {
		assertThatException().isThrownBy(
				() -> new SpringApplicationBuilder(TrafficApplication.class)
					.properties("server.port=0", "spring.datasource.url=" + database.jdbcUrl(),
							"spring.datasource.username=postgres", "spring.jpa.hibernate.ddl-auto=none",
							"seqguard.mode=fail", "seqguard.refresh-interval=0")
					.run());

		String analysis = output.getAll().substring(output.getAll().indexOf("APPLICATION FAILED TO START"));
		assertThat(analysis).contains("Description:")
			.contains("1 sequence is behind the data")
			.contains("Sequence drift on public.ticket.id")
			.contains("lag 3")
			.contains("SELECT pg_catalog.setval('public.ticket_id_seq', 3, true);")
			.contains("Action:")
			.contains("seqguard.mode=repair");
		assertThat(output.getAll()).doesNotContain("Tomcat started");
	}

}
