package dev.seqguard.settings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Decides which tables are checked, from glob patterns ({@code *} any run of characters,
 * {@code ?} one character).
 * <p>
 * A pattern with a dot is matched against {@code schema.table}; one without against the
 * table name alone, so that {@code flyway_*} means that table in every schema. Matching
 * is exact, as PostgreSQL names are case-sensitive.
 */
public final class TableFilter {

	/** A filter that accepts every table. */
	public static final TableFilter ALL = new TableFilter(List.of(), List.of());

	private final List<Glob> include;

	private final List<Glob> exclude;

	/**
	 * Creates a filter.
	 * @param include patterns a table must match, when not empty
	 * @param exclude patterns a table must not match
	 */
	public TableFilter(List<String> include, List<String> exclude) {
		this.include = Glob.all(include);
		this.exclude = Glob.all(exclude);
	}

	/**
	 * Tells whether this filter checks every table: it has no pattern.
	 * @return {@code true} without include and exclude patterns
	 */
	public boolean acceptsEveryTable() {
		return this.include.isEmpty() && this.exclude.isEmpty();
	}

	/**
	 * Returns why a table is not checked, or {@code null} when it is.
	 * @param schema the table's schema
	 * @param table the table's name
	 * @return the reason, or {@code null}
	 */
	public @Nullable String rejectionReason(String schema, String table) {
		return rejectionReason(schema, table, Switches.NONE);
	}

	/**
	 * Returns why a table is not checked, or {@code null} when it is.
	 * @param schema the table's schema
	 * @param table the table's name
	 * @param switches the settings that hold the patterns, named in the reason
	 * @return the reason, or {@code null}
	 */
	public @Nullable String rejectionReason(String schema, String table, Switches switches) {
		if (!this.include.isEmpty() && !matchesAny(this.include, schema, table)) {
			String include = switches.include();
			return (include != null) ? "not matched by " + include : "not matched by any include pattern";
		}
		for (Glob glob : this.exclude) {
			if (matches(glob, schema, table)) {
				String exclude = switches.exclude();
				return "excluded by " + ((exclude != null) ? exclude + " " : "") + "pattern '" + glob.pattern() + "'";
			}
		}
		return null;
	}

	private static boolean matchesAny(List<Glob> globs, String schema, String table) {
		for (Glob glob : globs) {
			if (matches(glob, schema, table)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(Glob glob, String schema, String table) {
		return glob.matches(glob.pattern().contains(".") ? schema + "." + table : table);
	}

}
