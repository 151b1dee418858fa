package dev.seqguard.observability;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /actuator/seqguard} where the application granted it
 * ({@code management.endpoint.seqguard.access=unrestricted}): the repair runs, and health
 * and metrics follow, and the report is logged as at startup.
 */
@SpringBootTest(classes = ObservedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
				"management.endpoints.web.exposure.include=health,prometheus,seqguard",
				"management.endpoint.health.show-details=always", "management.endpoint.seqguard.access=unrestricted",
				// Boot 3 turns registries other than the simple one off in tests
				"management.prometheus.metrics.export.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class RepairOverHttpTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("repairhttp");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(ObservedApplication.SCHEMA);
		database.register(registry);
	}

	@LocalServerPort
	int port;

	@Test
	void grantedPostRepairsLogsItAndTheDriftLeavesHealthAndMetrics(CapturedOutput output) {
		Http http = new Http(this.port);
		assertThat(JsonPath.<List<String>>read(http.get("/actuator/health/seqguard").body(), "$.details.drifted"))
			.hasSize(1);

		var repaired = http.post("/actuator/seqguard");

		assertThat(repaired.statusCode()).isEqualTo(200);
		assertThat(
				JsonPath.<List<String>>read(repaired.body(), "$.dataSources[0].targets[?(@.table == 'ledger')].status"))
			.containsExactly("REPAIRED");
		// logged as at startup, so a sequence the repair left behind has its WARN
		assertThat(output.getAll())
			.contains("SeqGuard checked datasource 'dataSource': 2 targets, 0 drifted, 1 repaired");
		var health = http.get("/actuator/health/seqguard");
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<List<String>>read(health.body(), "$.details.drifted")).isEmpty();
		String scrape = http.get("/actuator/prometheus").body();
		assertThat(scrape).contains(
				"seqguard_repairs_total{datasource=\"dataSource\",outcome=\"repaired\",schema=\"public\",table=\"ledger\"} 1.0")
			.contains("seqguard_sequence_lag{" + ObservabilityTests.LEDGER + "} 0.0")
			.contains("seqguard_drifted{datasource=\"dataSource\"} 0.0");
	}

}
