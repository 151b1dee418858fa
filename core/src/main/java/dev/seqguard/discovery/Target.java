package dev.seqguard.discovery;

import org.jspecify.annotations.Nullable;

/**
 * One id column to check, or one entity that is not checked and why: skipped on purpose,
 * or not understood at all.
 *
 * @param entity the entity name (when several entities share the id column, the one whose
 * generator is checked)
 * @param table the table that holds the id; for an entity that maps a query, or whose
 * table name cannot be parsed, the text Hibernate renders
 * @param column the id column as PostgreSQL stores it, {@code null} when the id spans
 * several columns or is unknown
 * @param generator the generator, {@code null} unless checked
 * @param generatorLabel how the generator is named in reports (for example
 * {@code sequence}, {@code uuid})
 * @param kind whether the target is checked, skipped or could not be understood
 * @param reason why the target is skipped, or the error; {@code null} when checked
 */
public record Target(String entity, DbName table, @Nullable String column, @Nullable IdGenerator generator,
		String generatorLabel, Kind kind, @Nullable String reason) {

	/**
	 * Creates a target to check.
	 * @param entity the entity name
	 * @param table the table
	 * @param column the id column
	 * @param generator the generator
	 * @return the target
	 */
	public static Target checked(String entity, DbName table, String column, IdGenerator generator) {
		return new Target(entity, table, column, generator, generator.type().label(), Kind.CHECKED, null);
	}

	/**
	 * Creates a target that is reported as skipped.
	 * @param entity the entity name
	 * @param table the table
	 * @param column the id column, {@code null} for a composite id
	 * @param generatorLabel the kind of generator
	 * @param reason why it is not checked
	 * @return the target
	 */
	public static Target skipped(String entity, DbName table, @Nullable String column, String generatorLabel,
			String reason) {
		return new Target(entity, table, column, null, generatorLabel, Kind.SKIPPED, reason);
	}

	/**
	 * Creates a target for an entity SeqGuard could not understand; it is reported as an
	 * error, alone.
	 * @param entity the entity name
	 * @param table the table, as far as it is known
	 * @param generatorLabel the kind of generator, as far as it is known
	 * @param error what went wrong
	 * @return the target
	 */
	public static Target error(String entity, DbName table, String generatorLabel, String error) {
		return new Target(entity, table, null, null, generatorLabel, Kind.ERROR, error);
	}

	/**
	 * Returns this target under another generator label, for example to say it is one
	 * part of a composite id.
	 * @param label the new label
	 * @return the relabelled target
	 */
	Target withGeneratorLabel(String label) {
		return new Target(this.entity, this.table, this.column, this.generator, label, this.kind, this.reason);
	}

	/**
	 * Whether this target is checked against the database.
	 * @return {@code true} unless skipped or not understood
	 */
	public boolean isChecked() {
		return this.kind == Kind.CHECKED;
	}

	/**
	 * Whether this target draws its ids from a TABLE generator's row.
	 * @return {@code true} for a checked TABLE generator target
	 */
	public boolean isTableGenerator() {
		return isChecked() && this.generator != null && this.generator.row() != null;
	}

	/**
	 * Returns why this target is skipped.
	 * @return the reason, {@code null} unless skipped
	 */
	public @Nullable String skipReason() {
		return (this.kind == Kind.SKIPPED) ? this.reason : null;
	}

	/** What SeqGuard does with a target. */
	public enum Kind {

		/** Measured against the database. */
		CHECKED,

		/**
		 * Not measured, on purpose: the reason says why (assigned ids, UUID, a query
		 * instead of a table...).
		 */
		SKIPPED,

		/**
		 * Not measured because SeqGuard could not understand the entity's mapping;
		 * reported as an error.
		 */
		ERROR

	}

}
