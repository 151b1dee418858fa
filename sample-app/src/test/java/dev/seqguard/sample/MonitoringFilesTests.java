package dev.seqguard.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules and the Grafana dashboard in {@code monitoring/} parse, and every
 * SeqGuard series their PromQL names is one the running sample really exposes.
 */
class MonitoringFilesTests {

	private static final Pattern SEQGUARD_SERIES = Pattern.compile("seqguard_[a-z_]+");

	static Set<String> exposedSeries;

	@BeforeAll
	static void scrapeTheRunningSample() {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--server.port=0")) {
			String scrape = Http.of(context).get("/actuator/prometheus").body();
			exposedSeries = scrape.lines()
				.filter((line) -> line.startsWith("seqguard_"))
				.map((line) -> line.split("[{ ]", 2)[0])
				.collect(Collectors.toSet());
		}
		assertThat(exposedSeries).contains("seqguard_sequence_lag", "seqguard_sequence_usage", "seqguard_drifted",
				"seqguard_check_seconds_count", "seqguard_repairs_total");
	}

	@Test
	@SuppressWarnings("unchecked")
	void alertRulesParseAndUseOnlyExposedSeries() throws IOException {
		Map<String, Object> rules = new Yaml().load(Files.readString(Path.of("monitoring/seqguard-alerts.yml")));
		List<String> expressions = new ArrayList<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				assertThat(rule).containsKeys("alert", "expr");
				expressions.add((String) rule.get("expr"));
			}
		}
		assertThat(expressions).hasSizeGreaterThanOrEqualTo(2);
		expressions.forEach(this::assertReferencesOnlyExposedSeries);
	}

	@Test
	void dashboardParsesCoversEveryMeterAndUsesOnlyExposedSeries() throws IOException {
		String dashboard = Files.readString(Path.of("monitoring/seqguard-dashboard.json"));

		assertThat(JsonPath.<String>read(dashboard, "$.uid")).isEqualTo("seqguard");
		List<String> titles = JsonPath.read(dashboard, "$.panels[*].title");
		assertThat(titles).contains("Lag per table", "Usage per sequence", "Drifted count", "Check duration",
				"Repairs");
		List<String> expressions = JsonPath.read(dashboard, "$.panels[*].targets[*].expr");
		assertThat(expressions).hasSameSizeAs(titles);
		expressions.forEach(this::assertReferencesOnlyExposedSeries);
	}

	private void assertReferencesOnlyExposedSeries(String expression) {
		Matcher series = SEQGUARD_SERIES.matcher(expression);
		List<String> referenced = new ArrayList<>();
		while (series.find()) {
			referenced.add(series.group());
		}
		assertThat(referenced).as(expression).isNotEmpty();
		assertThat(exposedSeries).as(expression).containsAll(referenced);
	}

}
