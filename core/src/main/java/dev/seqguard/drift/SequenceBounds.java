package dev.seqguard.drift;

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
	 * Whether a value lies past the sequence's own limit, in the direction it counts: the
	 * {@code nextval} that would return it fails, unless the sequence cycles.
	 * @param value a next value
	 * @return {@code true} above {@code maxvalue} (below {@code minvalue} counting down)
	 */
	public boolean pastSequenceLimit(long value) {
		return descending() ? value < this.min : value > this.max;
	}

	/**
	 * Returns the limit a value the sequence must reach lies beyond: the sequence's own
	 * first, then the id column type's. The one place both limits are checked, for the
	 * check's fix and for every engine's repair.
	 * @param value the value the next id must be drawn from
	 * @return the limit crossed, or {@code null} when both the sequence and the column
	 * reach the value
	 */
	public @Nullable Limit limitBefore(long value) {
		if (pastSequenceLimit(value)) {
			return new Limit(true, descending() ? this.min : this.max);
		}
		if (descending() ? value < this.columnMin : value > this.columnMax) {
			return new Limit(false, descending() ? this.columnMin : this.columnMax);
		}
		return null;
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
	public static long @Nullable [] columnRange(String typeName) {
		return switch (typeName) {
			case "smallint" -> new long[] { Short.MIN_VALUE, Short.MAX_VALUE };
			case "integer" -> new long[] { Integer.MIN_VALUE, Integer.MAX_VALUE };
			case "bigint", "numeric" -> new long[] { Long.MIN_VALUE, Long.MAX_VALUE };
			default -> null;
		};
	}

	/**
	 * A limit an id cannot pass.
	 *
	 * @param ofSequence {@code true} for the sequence's {@code maxvalue} or
	 * {@code minvalue}, {@code false} for the id column type's range
	 * @param value the last value the limit allows
	 */
	public record Limit(boolean ofSequence, long value) {
	}

}
