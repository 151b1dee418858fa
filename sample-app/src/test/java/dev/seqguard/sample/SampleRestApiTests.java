package dev.seqguard.sample;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's story over HTTP: in report mode the first ordinary insert fails with the
 * duplicate key; in the default repair mode the same request succeeds. Each run starts
 * its own embedded PostgreSQL with fresh data.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleRestApiTests {

	private static final String GAMES = "{\"name\":\"Games\"}";

	@Test
	void reportModeReproducesTheDuplicateKeyAndPointsToTheReport(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class, "--server.port=0",
				"--seqguard.mode=report")) {
			Http http = Http.of(context);

			HttpResponse<String> created = http.postJson("/catalog/categories", GAMES);

			assertThat(created.statusCode()).isEqualTo(409);
			assertThat(JsonPath.<String>read(created.body(), "$.error"))
				.contains("duplicate key value violates unique constraint \"category_pkey\"")
				.contains("Key (id)=(1) already exists");
			assertThat(JsonPath.<String>read(created.body(), "$.explanation")).contains("/actuator/seqguard");
			HttpResponse<String> health = http.get("/actuator/health/seqguard");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<java.util.List<String>>read(health.body(), "$.details.drifted")).hasSize(4);
			assertThat(output.getAll()).contains("SeqGuard found 4 tables whose sequence is behind their rows")
				.contains("public.product: lag 120")
				.contains("curl -X POST http://localhost:" + http.port() + "/actuator/seqguard");

			assertThat(http.post("/actuator/seqguard").statusCode()).isEqualTo(200);
			assertThat(http.postJson("/catalog/categories", GAMES).statusCode()).isEqualTo(201);
		}
	}

	@Test
	void repairModeLetsTheSameRequestSucceedAndTheUrlsItPrintsAnswer(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--server.port=0")) {
			Http http = Http.of(context);

			HttpResponse<String> created = http.postJson("/catalog/categories", GAMES);

			assertThat(created.statusCode()).isEqualTo(201);
			assertThat(JsonPath.<Integer>read(created.body(), "$.id")).isEqualTo(4);
			assertThat(http.postJson("/catalog/products", GAMES).statusCode()).isEqualTo(201);
			assertThat(output.getAll()).contains("SeqGuard repaired 4 tables at startup")
				.contains("curl http://localhost:" + http.port() + "/actuator/seqguard")
				.contains("curl http://localhost:" + http.port() + "/actuator/health/seqguard")
				.contains("curl -s http://localhost:" + http.port() + "/actuator/prometheus");
			HttpResponse<String> report = http.get("/actuator/seqguard");
			assertThat(report.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<java.util.List<String>>read(report.body(), "$.dataSources[0].targets[*].status"))
				.containsOnly("REPAIRED");
			HttpResponse<String> health = http.get("/actuator/health/seqguard");
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
			assertThat(http.get("/actuator/prometheus").body()).contains(
					"seqguard_sequence_lag{column=\"id\",datasource=\"dataSource\",schema=\"public\",sequence=\"public.category_id_seq\",table=\"category\"} 0.0");
		}
	}

}
