package dev.seqguard.inspection;

import org.jspecify.annotations.Nullable;

/**
 * The databases SeqGuard checks, each with its own catalog queries, state reads and
 * repair; the arithmetic, the report and everything Spring does are the same for all.
 */
public enum DatabaseEngine {

	/** PostgreSQL 13 and newer: catalog, reads and repair as documented. */
	POSTGRESQL,

	/**
	 * H2 2.x, where most Spring tests run: {@code INFORMATION_SCHEMA} and
	 * {@code RESTART WITH}.
	 */
	H2;

	/**
	 * Returns the engine for a JDBC product name.
	 * @param productName what {@code DatabaseMetaData#getDatabaseProductName()} says
	 * @return the engine, or {@code null} for a database SeqGuard does not check
	 */
	static @Nullable DatabaseEngine forProduct(String productName) {
		return switch (productName) {
			case "PostgreSQL" -> POSTGRESQL;
			case "H2" -> H2;
			default -> null;
		};
	}

}
