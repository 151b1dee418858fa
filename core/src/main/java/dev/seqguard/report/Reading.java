package dev.seqguard.report;

import org.jspecify.annotations.Nullable;

/**
 * What a check read of a target's sequence and table.
 *
 * @param optimizer Hibernate's optimizer ({@code none}, {@code pooled}, ...)
 * @param incrementSize Hibernate's increment size; the sequence's own increment for
 * IDENTITY columns
 * @param furthestId the existing id furthest along the sequence's direction:
 * {@code max(id)}, or {@code min(id)} for a descending sequence; {@code null} when the
 * table is empty
 * @param nextValue the value the next {@code nextval} returns
 * @param usage share (0..1) of the sequence's usable range already consumed
 * @param nearingExhaustion whether the usage reached the configured exhaustion threshold
 */
public record Reading(String optimizer, int incrementSize, @Nullable Long furthestId, long nextValue, double usage,
		boolean nearingExhaustion) {

	/**
	 * Returns this reading after a repair moved the sequence.
	 * @param nextValue the value the next {@code nextval} returns now
	 * @param usage the usage now
	 * @param nearingExhaustion whether the usage now reaches the exhaustion threshold
	 * @return the new reading
	 */
	public Reading moved(long nextValue, double usage, boolean nearingExhaustion) {
		return new Reading(this.optimizer, this.incrementSize, this.furthestId, nextValue, usage, nearingExhaustion);
	}

}
