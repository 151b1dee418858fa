package dev.seqguard.repair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;

/**
 * Folds repair results into a check's report.
 */
public final class RepairedReport {

	private RepairedReport() {
	}

	/**
	 * Returns the report as it stands after the repairs.
	 * @param report the check's report
	 * @param results what the repairs did
	 * @return the report with every target on a repaired sequence updated
	 */
	public static DataSourceReport apply(DataSourceReport report, List<RepairResult> results) {
		if (results.isEmpty()) {
			return report;
		}
		Map<String, RepairResult> bySequence = new HashMap<>();
		results.forEach((result) -> bySequence.put(result.sequence().name(), result));
		List<TargetReport> targets = report.targets().stream().map((target) -> {
			RepairResult result = (target.sequence() != null) ? bySequence.get(target.sequence()) : null;
			return (result != null) ? apply(target, result) : target;
		}).toList();
		return new DataSourceReport(report.dataSource(), report.outcome(), report.checkedAt(), report.duration(),
				targets, report.detail());
	}

	private static TargetReport apply(TargetReport target, RepairResult result) {
		RepairResult.TableAfter after = result.after().get(target.qualifiedTable());
		boolean drifted = target.status() == TargetStatus.DRIFT;
		return switch (result.outcome()) {
			case REPAIRED, ALREADY_AHEAD -> (after == null) ? target : target.afterRepair(
					!drifted ? target.status()
							: (result.outcome() == RepairResult.Outcome.REPAIRED) ? TargetStatus.REPAIRED : TargetStatus.OK,
					result.nextAfter(), after.firstId(), drifted ? Long.valueOf(0) : target.lag(), after.usage(),
					result.detail());
			case FAILED -> drifted ? target.afterRepair(TargetStatus.DRIFT, target.nextId(), target.firstId(),
					target.lag(), target.usage(), "not repaired: " + result.detail() + "; fix by hand: " + target.detail())
					: target;
			case IMPOSSIBLE -> drifted ? target.afterRepair(TargetStatus.ERROR, target.nextId(), target.firstId(),
					target.lag(), target.usage(), result.detail()) : target;
		};
	}

}
