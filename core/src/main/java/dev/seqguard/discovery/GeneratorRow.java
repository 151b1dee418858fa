package dev.seqguard.discovery;

/**
 * The row of a TABLE generator ({@code @TableGenerator}, Hibernate's default
 * {@code hibernate_sequences}) that holds the value Hibernate hands out ids from.
 *
 * @param table the generator's table
 * @param segmentColumn the column that names the segment, as PostgreSQL stores it
 * @param segment the segment's value, the row's key
 * @param valueColumn the column that holds the value, as PostgreSQL stores it
 * @param storesLastUsed whether the row holds the last value handed out
 * ({@code hibernate.id.generator.stored_last_used}, the default), so the next value is
 * one more than stored
 */
public record GeneratorRow(DbName table, String segmentColumn, String segment, String valueColumn,
		boolean storesLastUsed) {

	/**
	 * Returns the next value Hibernate reads from the row when it holds {@code stored}.
	 * @param stored the row's value
	 * @return the next value, the equivalent of a sequence's next {@code nextval}
	 */
	public long nextValue(long stored) {
		return this.storesLastUsed ? Math.addExact(stored, 1) : stored;
	}

	/**
	 * Returns the value the row must hold for Hibernate to read {@code next} next.
	 * @param next the next value
	 * @return the value to store
	 */
	public long storedFor(long next) {
		return this.storesLastUsed ? Math.subtractExact(next, 1) : next;
	}

	@Override
	public String toString() {
		return this.table + "(" + this.segmentColumn + " = '" + this.segment + "')";
	}

}
