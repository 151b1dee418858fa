package dev.seqguard.measurement;

import dev.seqguard.discovery.Target;
import org.jspecify.annotations.Nullable;

/**
 * A discovered target as the database sees it: the table, column and sequence that were
 * found, each {@code null} when missing.
 *
 * @param target the discovered target
 * @param columnSql the id column the mapping names, as a quoted SQL identifier
 * @param table the table, {@code null} when it does not exist
 * @param column the id column, {@code null} when it (or its table) does not exist
 * @param sequence the relation where the sequence should be, {@code null} when none was
 * found
 */
public record ResolvedTarget(Target target, String columnSql, @Nullable Table table, @Nullable Column column,
		@Nullable Sequence sequence) {

	/**
	 * Returns the sequence as {@code schema.name}, or {@code null} when none was found.
	 * @return the qualified sequence name for reports
	 */
	@Nullable String qualifiedSequence() {
		return (this.sequence != null) ? this.sequence.qualifiedName() : null;
	}

	/**
	 * The table as stored.
	 *
	 * @param schema its schema
	 * @param name its name
	 * @param sql the table as a quoted SQL name
	 * @param oid its oid
	 * @param readable whether the role may {@code SELECT} from it
	 */
	public record Table(String schema, String name, String sql, long oid, boolean readable) {

		String qualifiedName() {
			return this.schema + "." + this.name;
		}

	}

	/**
	 * The id column.
	 *
	 * @param attnum its number in its table
	 * @param type its base type ({@code bigint}, ...)
	 */
	public record Column(int attnum, String type) {

	}

	/**
	 * The relation that feeds the id column, as stored.
	 *
	 * @param oid its oid
	 * @param source where it was found: Hibernate names it, the column owns it (serial or
	 * identity), or the column's {@code DEFAULT nextval} calls it without owning it
	 * @param schema its schema
	 * @param name its name
	 * @param sql the relation as a quoted SQL name
	 * @param settings the sequence's settings, {@code null} when the relation is not a
	 * sequence
	 */
	public record Sequence(long oid, String source, String schema, String name, String sql,
			@Nullable Settings settings) {

		String qualifiedName() {
			return this.schema + "." + this.name;
		}

	}

	/**
	 * A sequence's settings and what the role may do with it.
	 *
	 * @param increment its increment
	 * @param min its min value
	 * @param max its max value
	 * @param cycle whether it cycles
	 * @param cache how many values each session draws ahead ({@code CACHE}); 1 is no
	 * cache
	 * @param readable whether the role may {@code SELECT} from it
	 */
	public record Settings(long increment, long min, long max, boolean cycle, long cache, boolean readable) {

	}

}
