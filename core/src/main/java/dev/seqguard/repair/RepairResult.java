package dev.seqguard.repair;

import java.util.List;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import org.jspecify.annotations.Nullable;

/**
 * What a repair did to one sequence.
 *
 * @param sequence the sequence
 * @param outcome what happened
 * @param nextBefore what {@code nextval} returned before, {@code null} when not read
 * @param nextAfter what {@code nextval} returns now, {@code null} when not read
 * @param after per table of the sequence, what the sequence means for it now; empty when
 * not read
 * @param detail what was done, or why not and what to do
 */
public record RepairResult(DriftedSequence sequence, Outcome outcome, @Nullable Long nextBefore,
		@Nullable Long nextAfter, List<TableAfter> after, String detail) {

	/**
	 * Creates a result.
	 */
	public RepairResult {
		after = List.copyOf(after);
	}

	/**
	 * Returns the result of a repair that failed before it moved anything.
	 * @param sequence the sequence
	 * @param detail why
	 * @return the result
	 */
	public static RepairResult failed(DriftedSequence sequence, String detail) {
		return new RepairResult(sequence, Outcome.FAILED, null, null, List.of(), detail);
	}

	/**
	 * A table's view of the sequence after the repair.
	 *
	 * @param table the table, with the report entry it belongs to
	 * @param nextValue what {@code nextval} returns now
	 * @param firstId the first id a freshly started application now hands out
	 * @param usage share of the usable range now consumed
	 * @param nearingExhaustion whether that usage reached the exhaustion threshold
	 */
	public record TableAfter(SequenceTable table, long nextValue, long firstId, double usage,
			boolean nearingExhaustion) {
	}

	/** What happened to the sequence. */
	public enum Outcome {

		/** The sequence was moved forward. */
		REPAIRED,

		/**
		 * Under the locks the sequence was already ahead of every table (another instance
		 * repaired it).
		 */
		ALREADY_AHEAD,

		/**
		 * Nothing was changed: no privilege, read-only database, lock timeout; the drift
		 * remains.
		 */
		FAILED,

		/**
		 * The sequence cannot go far enough (its max value or the id column's type);
		 * nothing was changed.
		 */
		IMPOSSIBLE

	}

}
