package dev.seqguard.discovery;

import org.jspecify.annotations.Nullable;

/**
 * The generator behind an entity's id, as far as the database is concerned.
 *
 * @param type whether ids come from an IDENTITY/serial column default or from a named
 * sequence
 * @param sequence the sequence Hibernate calls, or {@code null} for IDENTITY (the
 * database knows which sequence the column owns)
 * @param optimizer how Hibernate turns sequence values into ids
 * @param incrementSize Hibernate's increment size ({@code allocationSize}); 1 for
 * IDENTITY
 * @param initialValue the initial value Hibernate's pooled optimizer was given: -1 when
 * implicit, {@link #UNKNOWN_INITIAL_VALUE} when it could not be read
 * @param afterRepair run after the sequence was moved: drops ids Hibernate holds in
 * memory from before
 * @param row the generator's row for a TABLE generator, {@code null} otherwise
 */
public record IdGenerator(Type type, @Nullable DbName sequence, OptimizerKind optimizer, int incrementSize,
		long initialValue, Runnable afterRepair, @Nullable GeneratorRow row) {

	private static final Runnable NOTHING = new HoldsNothing();

	/** Marks an initial value that could not be read from Hibernate. */
	public static final long UNKNOWN_INITIAL_VALUE = Long.MIN_VALUE;

	/**
	 * The default IDENTITY generator: the database hands out ids from the column's
	 * sequence.
	 */
	public static final IdGenerator IDENTITY = new IdGenerator(Type.IDENTITY, null, OptimizerKind.NONE, 1,
			UNKNOWN_INITIAL_VALUE, NOTHING, null);

	/**
	 * Creates a generator that calls {@code nextval} on a named sequence.
	 * @param sequence the sequence
	 * @param optimizer the optimizer
	 * @param incrementSize Hibernate's increment size
	 * @param initialValue the pooled optimizer's initial value, -1 when implicit
	 * @return the generator
	 */
	public static IdGenerator sequence(DbName sequence, OptimizerKind optimizer, int incrementSize, long initialValue) {
		return sequence(sequence, optimizer, incrementSize, initialValue, NOTHING);
	}

	/**
	 * Creates a generator that calls {@code nextval} on a named sequence and holds ids in
	 * memory.
	 * @param sequence the sequence
	 * @param optimizer the optimizer
	 * @param incrementSize Hibernate's increment size
	 * @param initialValue the pooled optimizer's initial value, -1 when implicit
	 * @param afterRepair forgets the ids held in memory
	 * @return the generator
	 */
	public static IdGenerator sequence(DbName sequence, OptimizerKind optimizer, int incrementSize, long initialValue,
			Runnable afterRepair) {
		return new IdGenerator(Type.SEQUENCE, sequence, optimizer, incrementSize, initialValue, afterRepair, null);
	}

	/**
	 * Creates a TABLE generator: Hibernate reads and raises a value in a table's row.
	 * @param row the generator's row
	 * @param optimizer the optimizer
	 * @param incrementSize Hibernate's increment size
	 * @param initialValue the pooled optimizer's initial value
	 * @param afterRepair forgets the ids held in memory
	 * @return the generator
	 */
	public static IdGenerator table(GeneratorRow row, OptimizerKind optimizer, int incrementSize, long initialValue,
			Runnable afterRepair) {
		return new IdGenerator(Type.TABLE, null, optimizer, incrementSize, initialValue, afterRepair, row);
	}

	/** Where ids come from. */
	public enum Type {

		/**
		 * The column's default (IDENTITY, serial, {@code DEFAULT nextval(...)}) during
		 * the insert.
		 */
		IDENTITY,

		/** Hibernate calls {@code nextval} on a sequence before the insert. */
		SEQUENCE,

		/** Hibernate reads and raises a value in a row of a table before the insert. */
		TABLE;

		/**
		 * Returns the name used in reports.
		 * @return lower-case name
		 */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** An IDENTITY column or a caller without Hibernate: no ids held in memory. */
	private static final class HoldsNothing implements Runnable {

		@Override
		public void run() {
			// nothing to drop
		}

	}

}
