package dev.seqguard.discovery;

import org.jspecify.annotations.Nullable;

/**
 * One id column to check, or one entity that cannot be checked and why.
 *
 * @param entity the entity name (the first one found when several entities share the table)
 * @param table the table that holds the id
 * @param column the id column as PostgreSQL stores it, {@code null} when the id spans several columns
 * @param generator the generator, {@code null} when skipped
 * @param generatorLabel how the generator is named in reports (for example {@code sequence}, {@code uuid})
 * @param skipReason why the entity is not checked, {@code null} when it is
 */
public record Target(String entity, DbName table, @Nullable String column, @Nullable IdGenerator generator,
		String generatorLabel, @Nullable String skipReason) {

	/**
	 * Creates a target to check.
	 * @param entity the entity name
	 * @param table the table
	 * @param column the id column
	 * @param generator the generator
	 * @return the target
	 */
	public static Target checked(String entity, DbName table, String column, IdGenerator generator) {
		return new Target(entity, table, column, generator, generator.type().label(), null);
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
		return new Target(entity, table, column, null, generatorLabel, reason);
	}

	/**
	 * Whether this target is checked against the database.
	 * @return {@code true} unless skipped
	 */
	public boolean isChecked() {
		return this.skipReason == null;
	}

}
