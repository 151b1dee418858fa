package dev.seqguard.testsupport;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import org.jspecify.annotations.Nullable;

/**
 * Targets given by hand, as a caller without Hibernate gives them to the engine.
 */
public final class Targets {

	private Targets() {
	}

	/**
	 * An IDENTITY (or serial) column {@code id} of a table found through
	 * {@code search_path}.
	 * @param table the table
	 * @return the target, its entity named after the table
	 */
	public static Target identity(String table) {
		return identity(null, table, "id");
	}

	/**
	 * An IDENTITY (or serial) column.
	 * @param schema the table's schema, {@code null} for {@code search_path}
	 * @param table the table
	 * @param column the id column
	 * @return the target, its entity named after the table
	 */
	public static Target identity(@Nullable String schema, String table, String column) {
		return Target.checked(table, new DbName(schema, table), column, IdGenerator.IDENTITY);
	}

}
