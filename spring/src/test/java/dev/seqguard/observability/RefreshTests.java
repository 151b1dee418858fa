package dev.seqguard.observability;

import java.time.Duration;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The periodic re-check keeps gauges current while the application runs, and rides out a
 * database that goes away.
 */
@SpringBootTest(classes = ObservedApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=200ms",
				"spring.datasource.hikari.connection-timeout=250",
				"spring.datasource.hikari.initialization-fail-timeout=-1" })
@ExtendWith(OutputCaptureExtension.class)
class RefreshTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("refreshed");

	static final Duration WITHIN_ONE_INTERVAL = Duration.ofMillis(200 + 800);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(ObservedApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	MeterRegistry registry;

	@Test
	void driftWrittenWhileTheAppRunsShowsUpWithinOneIntervalAndAnOutageReadsNaNUntilItRecovers(CapturedOutput output) {
		assertThat(journalLag()).isZero();

		// journal's pooled sequence hands out 2..11 next; explicit ids up to 30 make lag
		// 29
		database.execute("insert into journal (id) select generate_series(2, 30)");
		await().atMost(WITHIN_ONE_INTERVAL).untilAsserted(() -> assertThat(journalLag()).isEqualTo(29));

		database.executeAsAdmin("""
				alter database ${database} with allow_connections false;
				-- a pool refilling itself may have a connection past its check of
				-- allow_connections: let it finish starting, then end it too
				select pg_sleep(0.3);
				select pg_terminate_backend(pid) from pg_stat_activity where datname = '${database}';
				""");
		try {
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				assertThat(journalLag()).isNaN();
				assertThat(checks("error")).isGreaterThanOrEqualTo(3);
			});
			assertThat(output.getAll()
				.lines()
				.filter((line) -> line.contains("re-check of datasource 'dataSource' failed"))).hasSize(1);
		}
		finally {
			database.executeAsAdmin("alter database ${database} with allow_connections true");
		}
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(journalLag()).isEqualTo(29));
		// recovered once a few re-checks in a row succeeded, so a flapping database is
		// not one WARN per flap
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(output.getAll())
				.contains("SeqGuard re-check of datasource 'dataSource' works again"));
	}

	private double journalLag() {
		return Search.in(this.registry).name("seqguard.sequence.lag").tag("table", "journal").gauge().value();
	}

	private long checks(String outcome) {
		var timer = Search.in(this.registry).name("seqguard.check").tag("outcome", outcome).timer();
		return (timer != null) ? timer.count() : 0;
	}

}
