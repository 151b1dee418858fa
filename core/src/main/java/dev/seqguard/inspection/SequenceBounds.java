package dev.seqguard.inspection;

import org.jspecify.annotations.Nullable;

/**
 * A sequence's parameters, with its range narrowed to what the id column can hold.
 *
 * @param increment the sequence's increment ({@code increment_by})
 * @param min the sequence's {@code minvalue}
 * @param max the sequence's {@code maxvalue}
 * @param cycle whether the sequence wraps around
 * @param columnMin the smallest value the id column's type holds
 * @param columnMax the largest value the id column's type holds
 */
public record SequenceBounds(long increment, long min, long max, boolean cycle, long columnMin, long columnMax) {

	/**
	 * Whether the sequence counts down.
	 * @return {@code true} for a negative increment
	 */
	public boolean descending() {
		return this.increment < 0;
	}

	/**
	 * Returns the largest id both the sequence and the column allow.
	 * @return the upper limit of the usable range
	 */
	long usableMax() {
		return Math.min(this.max, this.columnMax);
	}

	/**
	 * Returns the smallest id both the sequence and the column allow.
	 * @return the lower limit of the usable range
	 */
	long usableMin() {
		return Math.max(this.min, this.columnMin);
	}

	/**
	 * Returns the range of values of an integer column type, or {@code null} for a type
	 * ids cannot be checked on.
	 * @param typeName the column's base type as {@code regtype} text
	 * @return {@code {min, max}}, or {@code null}
	 */
	static long @Nullable [] columnRange(String typeName) {
		return switch (typeName) {
			case "smallint" -> new long[] { Short.MIN_VALUE, Short.MAX_VALUE };
			case "integer" -> new long[] { Integer.MIN_VALUE, Integer.MAX_VALUE };
			case "bigint", "numeric" -> new long[] { Long.MIN_VALUE, Long.MAX_VALUE };
			default -> null;
		};
	}

}
