package dev.seqguard.repair;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dev.seqguard.inspection.DriftedSequence.SequenceTable;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * Folds repair results into a check's report.
 * <p>
 * Each result names the very report entries of the targets on its sequence
 * ({@link SequenceTable#checked()}), and only those entries change: names are never
 * compared, since two different tables can read the same as {@code schema.table}
 * ({@code "x"."a.b"} and {@code "x.a"."b"}), and so can their sequences.
 */
public final class RepairedReport {

	private RepairedReport() {
	}

	/**
	 * Returns the report as it stands after the repairs.
	 * @param report the check's report, whose entries the repaired sequences were built
	 * from
	 * @param results what the repairs did
	 * @return the report with every target on a repaired sequence updated
	 */
	public static DataSourceReport apply(DataSourceReport report, List<RepairResult> results) {
		if (results.isEmpty()) {
			return report;
		}
		IdentityHashMap<TargetReport, RepairResult> resultByTarget = new IdentityHashMap<>();
		IdentityHashMap<TargetReport, RepairResult.TableAfter> afterByTarget = new IdentityHashMap<>();
		for (RepairResult result : results) {
			result.sequence().tables().forEach((table) -> resultByTarget.put(table.checked(), result));
			result.after().forEach((after) -> afterByTarget.put(after.table().checked(), after));
		}
		List<TargetReport> targets = report.targets().stream().map((target) -> {
			RepairResult result = resultByTarget.get(target);
			return (result != null) ? apply(target, result, afterByTarget.get(target)) : target;
		}).toList();
		return new DataSourceReport(report.dataSource(), report.outcome(), report.checkedAt(), report.duration(),
				targets, report.detail());
	}

	private static TargetReport apply(TargetReport target, RepairResult result,
			RepairResult.@Nullable TableAfter after) {
		boolean drifted = target.status() == TargetStatus.DRIFT;
		return switch (result.outcome()) {
			case REPAIRED,
					ALREADY_AHEAD ->
				(after == null) ? target
						: target.afterRepair(
								!drifted ? target.status()
										: (result.outcome() == RepairResult.Outcome.REPAIRED) ? TargetStatus.REPAIRED
												: TargetStatus.OK,
								result.nextAfter(), after.firstId(), drifted ? Long.valueOf(0) : target.lag(),
								after.usage(), after.nearingExhaustion(), result.detail());
			case FAILED -> drifted ? target.afterRepair(TargetStatus.DRIFT, target.nextId(), target.firstId(),
					target.lag(), target.usage(), target.nearingExhaustion(),
					"not repaired: " + result.detail() + "; fix by hand: " + target.detail()) : target;
			case IMPOSSIBLE -> drifted ? target.afterRepair(TargetStatus.ERROR, target.nextId(), target.firstId(),
					target.lag(), target.usage(), target.nearingExhaustion(), result.detail()) : target;
		};
	}

}
