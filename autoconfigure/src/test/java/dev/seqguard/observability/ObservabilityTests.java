package dev.seqguard.observability;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.RoundTripCountingDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus, the endpoint and the health over real HTTP, on a drifted database: the story an operator sees, in
 * order (report, then repair).
 */
@SpringBootTest(classes = ObservedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
				"management.endpoints.web.exposure.include=health,prometheus,seqguard",
				"management.endpoint.health.show-details=always" })
@Import(CountingDataSourceConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("observed");

	static final String LEDGER = "column=\"id\",datasource=\"dataSource\",schema=\"public\",sequence=\"public.ledger_id_seq\",table=\"ledger\"";

	static final String JOURNAL = "column=\"id\",datasource=\"dataSource\",schema=\"public\",sequence=\"public.journal_seq\",table=\"journal\"";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(ObservedApplication.SCHEMA);
		database.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	@Order(1)
	void prometheusShowsTheExactLagOfEveryTableAndTheCheck() {
		String scrape = http().get("/actuator/prometheus").body();

		assertThat(scrape).contains("seqguard_sequence_lag{" + LEDGER + "} 5.0")
			.contains("seqguard_sequence_lag{" + JOURNAL + "} 0.0")
			.contains("seqguard_drifted{datasource=\"dataSource\"} 1.0")
			.contains("seqguard_check_seconds_count{datasource=\"dataSource\",outcome=\"success\"} 1")
			.contains("seqguard_sequence_usage{" + LEDGER + "} ")
			.contains("# HELP seqguard_sequence_lag How many ids at or below max(id)");
	}

	@Test
	@Order(2)
	void scrapingRunsNoSql() {
		RoundTripCountingDataSource counting = (RoundTripCountingDataSource) this.dataSource;
		counting.takeCount();

		for (int i = 0; i < 100; i++) {
			assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(200);
		}

		assertThat(counting.takeCount()).isZero();
	}

	@Test
	@Order(3)
	void endpointReturnsTheReportAsDocumentedJson() {
		String json = http().get("/actuator/seqguard").body();

		List<Map<String, Object>> ledgers = JsonPath.read(json, "$.dataSources[0].targets[?(@.table == 'ledger')]");
		assertThat(ledgers).hasSize(1);
		Map<String, Object> ledger = ledgers.get(0);
		assertThat(ledger).containsEntry("entity", "Ledger")
			.containsEntry("schema", "public")
			.containsEntry("column", "id")
			.containsEntry("sequence", "public.ledger_id_seq")
			.containsEntry("generator", "identity")
			.containsEntry("optimizer", "none")
			.containsEntry("incrementSize", 1)
			.containsEntry("maxId", 5)
			.containsEntry("nextId", 1)
			.containsEntry("firstId", 1)
			.containsEntry("lag", 5)
			.containsEntry("nearingExhaustion", false)
			.containsEntry("status", "DRIFT")
			.containsKeys("usage", "detail");
		assertThat((String) ledger.get("detail")).startsWith("SELECT pg_catalog.setval('public.ledger_id_seq', 5, true);");
		assertThat(JsonPath.<String>read(json, "$.dataSources[0].dataSource")).isEqualTo("dataSource");
		assertThat(JsonPath.<String>read(json, "$.dataSources[0].outcome")).isEqualTo("COMPLETED");
	}

	@Test
	@Order(4)
	void healthIsDownWhileASequenceIsBehind() {
		var response = http().get("/actuator/health/seqguard");

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(JsonPath.<String>read(response.body(), "$.status")).isEqualTo("DOWN");
		assertThat(JsonPath.<List<String>>read(response.body(), "$.details.drifted"))
			.containsExactly("public.ledger.id (public.ledger_id_seq, lag 5)");
	}

	@Test
	@Order(5)
	void postRepairsAndHealthTurnsUp() {
		var repaired = http().post("/actuator/seqguard");

		assertThat(repaired.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(repaired.body(), "$.dataSources[0].targets[?(@.table == 'ledger')].status"))
			.containsExactly("REPAIRED");
		var health = http().get("/actuator/health/seqguard");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		String scrape = http().get("/actuator/prometheus").body();
		assertThat(scrape).contains("seqguard_repairs_total{datasource=\"dataSource\",outcome=\"repaired\",schema=\"public\",table=\"ledger\"} 1.0")
			.contains("seqguard_sequence_lag{" + LEDGER + "} 0.0")
			.contains("seqguard_drifted{datasource=\"dataSource\"} 0.0");
	}

	private Http http() {
		return new Http(this.port);
	}

}
