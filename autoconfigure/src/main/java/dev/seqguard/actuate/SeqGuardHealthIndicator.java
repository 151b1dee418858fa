package dev.seqguard.actuate;

import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;

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
		List<TargetReport> drifted = report.drifted();
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
			.withDetail("nearingExhaustion", report.targets()
				.stream()
				.filter(TargetReport::nearingExhaustion)
				.map((target) -> target.qualifiedTable() + " (" + target.sequence() + ", usage " + target.usage() + ")")
				.toList());
		if (!failed.isEmpty()) {
			builder.withDetail("failed",
					failed.stream().map((dataSource) -> dataSource.dataSource() + ": " + dataSource.detail()).toList());
		}
	}

	private static String describe(TargetReport target) {
		return target.qualifiedTable() + "." + target.column() + " (" + target.sequence() + ", lag " + target.lag()
				+ ")";
	}

}
