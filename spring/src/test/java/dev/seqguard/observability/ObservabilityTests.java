package dev.seqguard.observability;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.RoundTripCountingDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus, the endpoint and the health over real HTTP, on a drifted database in
 * {@code report} mode: what an operator sees, and what an anonymous caller cannot do.
 */
@SpringBootTest(classes = ObservedApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
				"management.endpoints.web.exposure.include=health,prometheus,seqguard",
				"management.endpoint.health.show-details=always",
				// Boot 3 turns registries other than the simple one off in tests
				"management.prometheus.metrics.export.enabled=true",
				// the application's own JSON settings must not reshape the endpoint's
				// documented field names
				"spring.jackson.property-naming-strategy=SNAKE_CASE",
				"management.endpoint.health.probes.enabled=true" })
@Import(CountingDataSourceConfiguration.class)
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
	void prometheusShowsTheExactLagOfEveryTableAndTheCheck() {
		String scrape = http().get("/actuator/prometheus").body();

		assertThat(scrape).contains("seqguard_sequence_lag{" + LEDGER + "} 5.0")
			.contains("seqguard_sequence_lag{" + JOURNAL + "} 0.0")
			.contains("seqguard_drifted{datasource=\"dataSource\"} 1.0")
			.contains(
					"seqguard_check_seconds_count{datasource=\"dataSource\",error=\"none\",mode=\"check\",outcome=\"success\"} 1")
			.contains("seqguard_sequence_usage{" + LEDGER + "} ")
			.contains("# HELP seqguard_sequence_lag How many ids at or below max(id)");
	}

	@Test
	void scrapingRunsNoSql() {
		RoundTripCountingDataSource counting = (RoundTripCountingDataSource) this.dataSource;
		counting.takeCount();

		for (int i = 0; i < 100; i++) {
			assertThat(http().get("/actuator/prometheus").statusCode()).isEqualTo(200);
		}

		assertThat(counting.takeCount()).isZero();
	}

	@Test
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
			.containsEntry("furthestId", 5)
			.containsEntry("nextValue", 1)
			.containsEntry("firstId", 1)
			.containsEntry("lag", 5)
			.containsEntry("nearingExhaustion", false)
			.containsEntry("status", "DRIFT")
			.containsKeys("usage", "detail");
		assertThat((String) ledger.get("detail"))
			.startsWith("SELECT pg_catalog.setval('public.ledger_id_seq', 5, true);");
		assertThat(JsonPath.<String>read(json, "$.dataSources[0].dataSourceName")).isEqualTo("dataSource");
		assertThat(JsonPath.<String>read(json, "$.dataSources[0].outcome")).isEqualTo("COMPLETED");
	}

	@Test
	void endpointReturnsOneTableAndNotFoundForAnUnknownOne() {
		var ledger = http().get("/actuator/seqguard/ledger");
		var qualified = http().get("/actuator/seqguard/public.ledger");
		var unknown = http().get("/actuator/seqguard/no_such_table");

		assertThat(ledger.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(ledger.body(), "$.targets[*].target.lag")).containsExactly(5);
		assertThat(JsonPath.<List<String>>read(ledger.body(), "$.targets[*].dataSourceName"))
			.containsExactly("dataSource");
		assertThat(JsonPath.<List<Integer>>read(qualified.body(), "$.targets[*].target.lag")).containsExactly(5);
		assertThat(unknown.statusCode()).isEqualTo(404);
	}

	@Test
	void driftLeavesTheApplicationsHealthUpAndNamesTheDriftedTableInTheDetails() {
		var health = http().get("/actuator/health");
		var seqguard = http().get("/actuator/health/seqguard");

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
		assertThat(seqguard.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<String>read(seqguard.body(), "$.status")).isEqualTo("UP");
		assertThat(JsonPath.<List<String>>read(seqguard.body(), "$.details.drifted"))
			.containsExactly("public.ledger.id (public.ledger_id_seq, lag 5)");
	}

	@Test
	void seqGuardIsNotPartOfTheReadinessGroup() {
		var readiness = http().get("/actuator/health/readiness");

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).doesNotContain("seqguard");
	}

	@Test
	void anAnonymousPostChangesNothingWhileAccessIsReadOnly() {
		var post = http().post("/actuator/seqguard");

		assertThat(post.statusCode()).isNotEqualTo(200).isBetween(400, 499);
		assertThat(new JdbcTemplate(database.dataSource()).queryForObject("select last_value from ledger_id_seq",
				Long.class))
			.isEqualTo(1);
		assertThat(JsonPath.<List<String>>read(http().get("/actuator/seqguard").body(),
				"$.dataSources[0].targets[?(@.table == 'ledger')].status"))
			.containsExactly("DRIFT");
	}

	private Http http() {
		return new Http(this.port);
	}

}
