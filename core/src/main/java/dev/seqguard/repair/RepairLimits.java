package dev.seqguard.repair;

import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.drift.SequenceBounds;
import org.jspecify.annotations.Nullable;

/**
 * Says, in a repair's words, which limit keeps a table's sequence from reaching the value
 * a repair needs ({@link SequenceBounds#limitBefore}).
 */
public final class RepairLimits {

	private RepairLimits() {
	}

	/**
	 * Names the limit that keeps the sequence from reaching {@code required} for a table.
	 * @param table a table on the sequence
	 * @param required the value the next id must be drawn from
	 * @return {@code "the sequence stops at ..."} or
	 * {@code "the id column's type stops at ..."}; {@code null} when nothing does
	 */
	public static @Nullable String beyond(SequenceTable table, long required) {
		SequenceBounds.Limit limit = table.bounds().limitBefore(required);
		if (limit == null) {
			return null;
		}
		return (limit.ofSequence() ? "the sequence stops at " : "the id column's type stops at ") + limit.value();
	}

}
