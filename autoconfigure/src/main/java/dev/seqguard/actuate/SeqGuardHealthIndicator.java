package dev.seqguard.actuate;

import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code DOWN} while any sequence is behind its table, {@code UNKNOWN} when the latest check could not run,
 * {@code UP} otherwise. Reads the latest report: a health probe never runs SQL.
 */
public class SeqGuardHealthIndicator extends AbstractHealthIndicator {

	private final SequenceGuard guard;

	/**
	 * Creates the indicator.
	 * @param guard the guard
	 */
	public SeqGuardHealthIndicator(SequenceGuard guard) {
		super("SeqGuard health check failed");
		this.guard = guard;
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
		if (!drifted.isEmpty()) {
			builder.down();
		}
		else if (!failed.isEmpty()) {
			builder.unknown();
		}
		else {
			builder.up();
		}
		builder.withDetail("drifted", drifted.stream().map(SeqGuardHealthIndicator::describe).toList())
			.withDetail("nearingExhaustion",
					report.targets().stream().filter(TargetReport::nearingExhaustion).map((target) -> target.qualifiedTable()
							+ " (" + target.sequence() + ", usage " + target.usage() + ")").toList());
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
