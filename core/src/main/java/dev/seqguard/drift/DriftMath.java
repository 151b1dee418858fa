package dev.seqguard.drift;

import java.util.List;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of drift ({@code docs/drift-arithmetic.md}), verified against Hibernate
 * 7.4's optimizers.
 * <p>
 * Notation: a sequence with {@code last_value} L, {@code is_called} C and increment i
 * returns N = C ? L + i : L on its next {@code nextval}. M is the largest id of a table
 * on the sequence (the smallest, for a descending one). {@code n} is Hibernate's
 * increment size.
 */
public final class DriftMath {

	private DriftMath() {
	}

	/**
	 * Returns what the next {@code nextval} returns, without calling it.
	 * @param lastValue the sequence's {@code last_value}
	 * @param isCalled the sequence's {@code is_called}
	 * @param increment the sequence's increment
	 * @return the next value
	 * @throws ArithmeticException when the next value overflows {@code bigint}
	 */
	public static long nextValue(long lastValue, boolean isCalled, long increment) {
		return isCalled ? Math.addExact(lastValue, increment) : lastValue;
	}

	/**
	 * Returns the first id a freshly started application hands out when the next
	 * {@code nextval} returns {@code next}.
	 * @param generator the generator
	 * @param next the next {@code nextval}
	 * @return the first id
	 */
	public static long firstId(IdGenerator generator, long next) {
		int n = generator.incrementSize();
		return switch (generator.optimizer()) {
			case NONE -> next;
			// PooledLoOptimizer raises an id below 1 to 1
			case POOLED_LO, POOLED_LOTL -> Math.max(next, 1);
			case POOLED -> pooledUsesNextAsFirstId(generator, next) ? next : next - n + 1;
			// HiLoOptimizer calls nextval again until it gets 1 or more (its sequence
			// steps by 1)
			case HILO -> Math.addExact(Math.multiplyExact(Math.max(next, 1) - 1, (long) n), 1);
			// LegacyHiLoAlgorithmOptimizer starts its block at 1 when the block number is
			// 0: it never hands out 0
			case LEGACY_HILO -> Math.addExact(Math.multiplyExact(next, (long) n + 1), (next == 0) ? 1 : 0);
		};
	}

	/**
	 * Hibernate's pooled optimizer uses the very first {@code nextval} as an id (not as
	 * the top of a block) when it equals the generator's initial value, or, for an
	 * implicit generator, when it is below the increment size.
	 */
	private static boolean pooledUsesNextAsFirstId(IdGenerator generator, long next) {
		long initialValue = generator.initialValue();
		if (initialValue == IdGenerator.UNKNOWN_INITIAL_VALUE) {
			return false;
		}
		return (initialValue == -1) ? next < generator.incrementSize() : next == initialValue;
	}

	/**
	 * Returns how many consecutive ids from {@code firstId} on are not above the table's
	 * extreme id (below it, descending).
	 * @param firstId the first id handed out
	 * @param extremeId the table's {@code max(id)}, or {@code min(id)} when descending
	 * @param descending whether the sequence counts down
	 * @return the lag, 0 when healthy
	 */
	public static long lag(long firstId, long extremeId, boolean descending) {
		// lag = max(0, M - firstId + 1), mirrored for descending sequences
		long headroom = descending ? extremeId - firstId : firstId - extremeId;
		return (headroom > 0) ? 0 : 1 - headroom;
	}

	/**
	 * Returns how many ids the generator would hand out that are not above the table's
	 * extreme id, for a sequence with the given increment.
	 * <p>
	 * With optimizer {@code none} (IDENTITY, serial, {@code allocationSize = 1}) every
	 * {@code nextval} is an id: the ids are N, N + i, N + 2i, ..., so with |i| &gt; 1 the
	 * lag is how many of them are at or below M, not the distance M - N + 1. The other
	 * optimizers hand out consecutive ids, so their lag is the distance
	 * ({@link #lag(long, long, boolean)}), but for legacy-hilo, which never hands out id
	 * 0.
	 * @param generator the generator
	 * @param firstId the first id handed out
	 * @param extremeId the table's {@code max(id)}, or {@code min(id)} when the increment
	 * is negative
	 * @param increment the sequence's increment
	 * @return the lag, 0 when healthy
	 */
	public static long lag(IdGenerator generator, long firstId, long extremeId, long increment) {
		long distance = lag(firstId, extremeId, increment < 0);
		if (distance > 0 && generator.optimizer() == OptimizerKind.LEGACY_HILO && firstId <= 0 && extremeId >= 0) {
			// legacy-hilo skips id 0
			return distance - 1;
		}
		if (distance == 0 || generator.optimizer() != OptimizerKind.NONE) {
			return distance;
		}
		// |Long.MIN_VALUE| does not fit: no second id fits below M either
		long step = (increment == Long.MIN_VALUE) ? Long.MAX_VALUE : Math.abs(increment);
		return (distance - 1) / step + 1;
	}

	/**
	 * Returns the smallest next {@code nextval} (the largest, descending) whose first id
	 * clears every table on a sequence, each by its own generator: the one rule that both
	 * the suggested fix and the repair follow.
	 * @param tables every table on the sequence, with its extreme id ({@code null} when
	 * empty)
	 * @param descending whether the sequence counts down
	 * @return the next value a repair must set, {@code null} when every table is empty
	 * @throws ArithmeticException when no {@code bigint} value clears the ids
	 */
	public static @Nullable Long requiredNextValue(List<TableExtreme> tables, boolean descending) {
		Long required = null;
		for (TableExtreme table : tables) {
			if (table.extremeId() != null) {
				long tableRequired = requiredNextValue(table.generator(), table.extremeId(), descending);
				required = (required == null) ? tableRequired
						: (descending ? Math.min(required, tableRequired) : Math.max(required, tableRequired));
			}
		}
		return required;
	}

	/**
	 * Returns the smallest next {@code nextval} (the largest, descending) whose first id
	 * clears the extreme id.
	 * @param generator the generator
	 * @param extremeId the largest {@code max(id)} of every table on the sequence
	 * ({@code min(id)} descending)
	 * @param descending whether the sequence counts down
	 * @return the next value a repair must set
	 */
	public static long requiredNextValue(IdGenerator generator, long extremeId, boolean descending) {
		if (descending) {
			return Math.subtractExact(extremeId, 1);
		}
		long n = generator.incrementSize();
		OptimizerKind optimizer = generator.optimizer();
		return switch (optimizer) {
			case NONE, POOLED_LO, POOLED_LOTL -> Math.addExact(extremeId, 1);
			case POOLED -> Math.addExact(extremeId, n);
			// (N - 1) * n + 1 > M <=> N - 1 >= ceil(M / n)
			case HILO -> Math.addExact(-Math.floorDiv(-extremeId, n), 1);
			// N * (n + 1) > M <=> N >= floor(M / (n + 1)) + 1
			case LEGACY_HILO -> Math.addExact(Math.floorDiv(extremeId, n + 1), 1);
		};
	}

	/**
	 * Returns the share of the usable range already consumed.
	 * @param next the next {@code nextval}
	 * @param extremeId the table's extreme id, or {@code null} when empty
	 * @param bounds the sequence's range, narrowed to the id column's type
	 * @return a value in 0..1
	 */
	public static double usage(long next, @Nullable Long extremeId, SequenceBounds bounds) {
		double consumed;
		double range;
		if (bounds.descending()) {
			long lowest = (extremeId != null) ? Math.min(next + 1, extremeId) : next + 1;
			consumed = (double) bounds.max() - lowest + 1;
			range = (double) bounds.max() - bounds.usableMin() + 1;
		}
		else {
			long highest = (extremeId != null) ? Math.max(next - 1, extremeId) : next - 1;
			consumed = (double) highest - bounds.min() + 1;
			range = (double) bounds.usableMax() - bounds.min() + 1;
		}
		return Math.max(0, Math.min(1, consumed / range));
	}

	/**
	 * A table on a sequence, as far as the value the sequence must reach is concerned.
	 *
	 * @param generator the generator the table's entity uses
	 * @param extremeId the table's {@code max(id)} ({@code min(id)} descending),
	 * {@code null} when it is empty
	 * @param table the table as SQL, {@code null} when not known
	 */
	public record TableExtreme(IdGenerator generator, @Nullable Long extremeId, @Nullable String table) {

		/**
		 * Creates a table's extreme without its name.
		 * @param generator the generator the table's entity uses
		 * @param extremeId the table's extreme id, {@code null} when it is empty
		 */
		public TableExtreme(IdGenerator generator, @Nullable Long extremeId) {
			this(generator, extremeId, null);
		}

	}

}
