package dev.seqguard.engine.postgresql.catalog;

import java.util.Set;

import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.measurement.ResolvedTarget;

/**
 * Which sequences drawn by application code ({@code seqguard.sequences}, Spring Batch's)
 * a check keeps: each once per table, and none that a target already checks there.
 */
final class MappedSequences {

	private MappedSequences() {
	}

	/**
	 * Whether a mapped sequence is checked: one from {@code seqguard.sequences} wherever
	 * its sequence exists (a missing table or column is then reported), one SeqGuard
	 * knows by itself only where its table and sequence exist and no earlier mapping
	 * numbers the same column; neither when a target already checks that sequence on that
	 * table.
	 */
	static boolean keeps(ResolvedTarget target, SequenceMapping mapping, Set<String> drawn) {
		ResolvedTarget.Table table = target.table();
		ResolvedTarget.Sequence sequence = target.sequence();
		if (sequence == null || table == null) {
			// a seqguard.sequences entry whose table is missing is reported as an error
			return sequence != null && mapping.entry() != null;
		}
		String column = table.oid() + "." + target.columnSql();
		if ((mapping.entry() == null && (sequence.settings() == null || drawn.contains(column)))
				|| !drawn.add(table.oid() + ":" + sequence.oid())) {
			return false;
		}
		drawn.add(column);
		return true;
	}

	/** The key of a table and the sequence a target draws from for it. */
	static String drawKey(ResolvedTarget.Table table, ResolvedTarget target) {
		ResolvedTarget.Sequence sequence = target.sequence();
		return table.oid() + ":" + ((sequence != null) ? sequence.oid() : "");
	}

}
