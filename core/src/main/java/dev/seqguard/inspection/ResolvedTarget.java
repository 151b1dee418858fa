package dev.seqguard.inspection;

import dev.seqguard.discovery.Target;
import org.jspecify.annotations.Nullable;

/**
 * A discovered target as the database sees it: the real table, column and sequence, or
 * what is missing.
 *
 * @param target the discovered target
 * @param tableSchema the table's schema, {@code null} when the table does not exist
 * @param tableName the table's name as stored, {@code null} when the table does not exist
 * @param tableSql the table as a quoted SQL name
 * @param tableOid the table's oid, {@code null} when the table does not exist
 * @param columnFound whether the id column exists
 * @param columnAttnum the id column's number in its table, 0 when it does not exist
 * @param columnSql the id column as a quoted SQL identifier
 * @param columnType the id column's base type ({@code bigint}, ...)
 * @param sequenceSource {@code named} (Hibernate's sequence), {@code owned} (serial or
 * identity) or {@code default} (a {@code DEFAULT nextval} on a sequence the column does
 * not own); {@code null} when none was found
 * @param sequenceOid the sequence's oid
 * @param sequenceIsSequence whether that relation really is a sequence
 * @param sequenceSchema the sequence's schema
 * @param sequenceName the sequence's name as stored
 * @param sequenceSql the sequence as a quoted SQL name
 * @param increment the sequence's increment
 * @param min the sequence's min value
 * @param max the sequence's max value
 * @param cycle whether the sequence cycles
 * @param cache how many values each session draws ahead ({@code CACHE}); 1 is no cache
 * @param canReadTable whether the role may {@code SELECT} from the table
 * @param canReadSequence whether the role may {@code SELECT} from the sequence
 * @param sequenceOwnedBy the sequence's {@code OWNED BY} as SQL
 * ({@code schema.table.column} or {@code none}); {@code null} for an identity sequence,
 * whose {@code OWNED BY} cannot be restated
 */
record ResolvedTarget(Target target, @Nullable String tableSchema, @Nullable String tableName,
		@Nullable String tableSql, @Nullable Long tableOid, boolean columnFound, int columnAttnum, String columnSql,
		@Nullable String columnType, @Nullable String sequenceSource, @Nullable Long sequenceOid,
		boolean sequenceIsSequence, @Nullable String sequenceSchema, @Nullable String sequenceName,
		@Nullable String sequenceSql, long increment, long min, long max, boolean cycle, long cache,
		boolean canReadTable, boolean canReadSequence, @Nullable String sequenceOwnedBy) {

	/**
	 * Returns the sequence as {@code schema.name}, or {@code null} when none was found.
	 * @return the qualified sequence name for reports
	 */
	@Nullable String qualifiedSequence() {
		return (this.sequenceName != null) ? this.sequenceSchema + "." + this.sequenceName : null;
	}

}
