package dev.seqguard.repair;

import java.util.IdentityHashMap;
import java.util.List;

import dev.seqguard.drift.DriftedSequence.SequenceTable;
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
		return report.withTargets(targets);
	}

	private static TargetReport apply(TargetReport target, RepairResult result,
			RepairResult.@Nullable TableAfter after) {
		if (!(target instanceof TargetReport.Checked checked)) {
			// a target whose check failed keeps its error
			return target;
		}
		boolean drifted = checked.status() == TargetStatus.DRIFT;
		return switch (result.outcome()) {
			case REPAIRED, ALREADY_AHEAD -> (after != null) ? moved(checked, result, after) : checked;
			case FAILED -> drifted ? new TargetReport.Checked(checked.identity(), TargetStatus.DRIFT, checked.reading(),
					checked.firstId(), checked.lag(),
					"not repaired: " + result.detail() + "; fix by hand: " + checked.detail()) : checked;
			case IMPOSSIBLE ->
				drifted ? new TargetReport.Failed(checked.identity(), result.detail(), checked.reading(), checked.lag())
						: checked;
		};
	}

	private static TargetReport.Checked moved(TargetReport.Checked checked, RepairResult result,
			RepairResult.TableAfter after) {
		boolean drifted = checked.status() == TargetStatus.DRIFT;
		TargetStatus status = !drifted ? checked.status()
				: (result.outcome() == RepairResult.Outcome.REPAIRED) ? TargetStatus.REPAIRED : TargetStatus.OK;
		return new TargetReport.Checked(checked.identity(), status,
				checked.reading().moved(after.nextValue(), after.usage(), after.nearingExhaustion()), after.firstId(),
				drifted ? 0 : checked.lag(), result.detail());
	}

}
