package dev.seqguard.observability;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code seqguard.health.drift-status=out-of-service}: a user who wants drift to fail
 * health gets it.
 */
@SpringBootTest(classes = ObservedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
				"management.endpoints.web.exposure.include=health", "management.endpoint.health.show-details=always",
				"seqguard.health.drift-status=out-of-service" })
class StricterHealthTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("stricthealth");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(ObservedApplication.SCHEMA);
		database.register(registry);
	}

	@LocalServerPort
	int port;

	@Test
	void driftTakesTheConfiguredStatus() {
		Http http = new Http(this.port);
		var seqguard = http.get("/actuator/health/seqguard");
		var health = http.get("/actuator/health");

		assertThat(seqguard.statusCode()).isEqualTo(503);
		assertThat(JsonPath.<String>read(seqguard.body(), "$.status")).isEqualTo("OUT_OF_SERVICE");
		assertThat(JsonPath.<List<String>>read(seqguard.body(), "$.details.drifted"))
			.containsExactly("public.ledger.id (public.ledger_id_seq, lag 5)");
		assertThat(health.statusCode()).isEqualTo(503);
	}

}
