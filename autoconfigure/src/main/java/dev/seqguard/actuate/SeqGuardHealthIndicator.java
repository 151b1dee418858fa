package dev.seqguard.actuate;

import java.util.List;
import java.util.Objects;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.Reading;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The drifted and nearly exhausted sequences in the details; {@code UNKNOWN} when the
 * latest check could not run.
 * <p>
 * Drift is a property of the shared database, not of one instance, so by default it
 * leaves the status {@code UP} (every instance failing {@code /actuator/health} at once
 * would take the whole fleet out of its load balancer for a problem that breaks inserts
 * into one table); the status while drifting is configurable. Reads the latest report: a
 * health probe never runs SQL.
 */
public class SeqGuardHealthIndicator extends AbstractHealthIndicator {

	private final SequenceGuard guard;

	private final Status driftStatus;

	/**
	 * Creates the indicator.
	 * @param guard the guard
	 * @param driftStatus the status while a sequence is behind its table
	 */
	public SeqGuardHealthIndicator(SequenceGuard guard, Status driftStatus) {
		super("SeqGuard health check failed");
		this.guard = guard;
		this.driftStatus = driftStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SeqGuardReport report = this.guard.latestReport();
		List<DataSourceReport> failed = report.failed();
		List<TargetReport.Checked> drifted = report.drifted();
		if (report.dataSources().isEmpty()) {
			builder.unknown().withDetail("reason", "no check has run yet");
			return;
		}
		if (!drifted.isEmpty() && !Status.UP.equals(this.driftStatus)) {
			builder.status(this.driftStatus);
		}
		else if (!failed.isEmpty()) {
			builder.unknown();
		}
		else {
			builder.up();
		}
		builder.withDetail("drifted", drifted.stream().map(SeqGuardHealthIndicator::describe).toList())
			.withDetail("nearingExhaustion",
					report.targets()
						.stream()
						.map(SeqGuardHealthIndicator::nearingExhaustion)
						.filter(Objects::nonNull)
						.toList());
		if (!failed.isEmpty()) {
			builder.withDetail("failed",
					failed.stream()
						.map((dataSource) -> dataSource.dataSourceName() + ": " + dataSource.detail())
						.toList());
		}
	}

	private static String describe(TargetReport.Checked target) {
		return target.identity().qualifiedTable() + "." + target.identity().column() + " ("
				+ target.identity().sequence() + ", lag " + target.lag() + ")";
	}

	private static @Nullable String nearingExhaustion(TargetReport target) {
		Reading reading = target.knownReading();
		return (reading != null && reading.nearingExhaustion()) ? target.identity().qualifiedTable() + " ("
				+ target.identity().sequence() + ", usage " + reading.usage() + ")" : null;
	}

}
