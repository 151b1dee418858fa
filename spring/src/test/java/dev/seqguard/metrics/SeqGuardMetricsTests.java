package dev.seqguard.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.DataSourceReport.Outcome;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetIdentity;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gauges follow the reports they are told about: values change in place, vanished
 * targets stop being published, skipped ones never are, and a failed check reads NaN.
 */
class SeqGuardMetricsTests {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final SeqGuardMetrics metrics = new SeqGuardMetrics(
			new SequenceGuard(List.of(), InspectionSettings.DEFAULTS));

	@Test
	void gaugesFollowTheLatestReportAndVanishedTargetsStopBeingPublished() {
		this.metrics.bindTo(this.registry);

		this.metrics.checked(report(Outcome.COMPLETED, target("a", 3L, TargetStatus.DRIFT),
				target("b", 0L, TargetStatus.OK), skipped("c")));
		assertThat(lag("a")).isEqualTo(3.0);
		assertThat(lag("b")).isZero();
		assertThat(Search.in(this.registry).name("seqguard.sequence.lag").tag("table", "c").gauges()).isEmpty();
		assertThat(this.registry.get("seqguard.drifted").gauge().value()).isEqualTo(1.0);

		this.metrics.checked(report(Outcome.COMPLETED, target("a", 0L, TargetStatus.REPAIRED)));
		assertThat(lag("a")).isZero();
		assertThat(Search.in(this.registry).name("seqguard.sequence.lag").tag("table", "b").gauges()).isEmpty();
		assertThat(this.registry.get("seqguard.drifted").gauge().value()).isZero();

		this.metrics.checked(report(Outcome.FAILED));
		assertThat(lag("a")).isNaN();
		assertThat(this.registry.get("seqguard.drifted").gauge().value()).isNaN();
	}

	private double lag(String table) {
		return this.registry.get("seqguard.sequence.lag").tag("table", table).gauge().value();
	}

	private static DataSourceReport report(Outcome outcome, TargetReport... targets) {
		return new DataSourceReport("ds", outcome, Instant.now(), Duration.ofMillis(5), List.of(targets),
				(outcome == Outcome.FAILED) ? "SQLSTATE 08001: connection refused" : null);
	}

	private static TargetReport target(String table, long lag, TargetStatus status) {
		return new TargetReport.Checked(identity(table), status, new Reading("none", 1, null, 1, 0.1, false), 1, lag,
				null);
	}

	private static TargetReport skipped(String table) {
		return new TargetReport.Skipped(identity(table), "excluded");
	}

	private static TargetIdentity identity(String table) {
		return new TargetIdentity(table, "public", table, "id", "public." + table + "_id_seq", "identity");
	}

}
