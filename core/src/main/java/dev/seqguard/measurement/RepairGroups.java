package dev.seqguard.measurement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;

/**
 * Groups measured targets by sequence for repair: every sequence with a drifted table,
 * with all the tables that draw from it (a repair must clear the furthest id of each).
 */
final class RepairGroups {

	private RepairGroups() {
	}

	/**
	 * A target that was measured, with its report entry.
	 *
	 * @param target the target
	 * @param report its very report entry, which a repair's result is folded into
	 */
	record Measured(Measurable target, TargetReport report) {

	}

	static List<DriftedSequence> of(List<Measured> measured, double exhaustionThreshold) {
		Set<Long> drifted = new HashSet<>();
		for (Measured one : measured) {
			if (one.report().status() == TargetStatus.DRIFT) {
				drifted.add(one.target().sequenceOid());
			}
		}
		Map<Long, List<Measured>> bySequence = new LinkedHashMap<>();
		for (Measured one : measured) {
			if (drifted.contains(one.target().sequenceOid())) {
				List<Measured> tables = bySequence.get(one.target().sequenceOid());
				if (tables == null) {
					tables = new ArrayList<>();
					bySequence.put(one.target().sequenceOid(), tables);
				}
				tables.add(one);
			}
		}
		List<DriftedSequence> sequences = new ArrayList<>(bySequence.size());
		for (Map.Entry<Long, List<Measured>> tables : bySequence.entrySet()) {
			Measurable first = tables.getValue().get(0).target();
			List<DriftedSequence.SequenceTable> sequenceTables = new ArrayList<>(tables.getValue().size());
			for (Measured table : tables.getValue()) {
				sequenceTables.add(sequenceTable(table));
			}
			sequences.add(new DriftedSequence(tables.getKey(), first.sequenceSql(), first.sequence().qualifiedName(),
					first.bounds().increment(), first.settings().cache(), List.copyOf(sequenceTables),
					exhaustionThreshold));
		}
		return sequences;
	}

	private static DriftedSequence.SequenceTable sequenceTable(Measured measured) {
		Measurable target = measured.target();
		return new DriftedSequence.SequenceTable(target.qualifiedTable(), target.tableSql(), target.columnSql(),
				target.generator(), target.bounds(), measured.report());
	}

}
