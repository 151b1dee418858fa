package dev.seqguard.engine.postgresql;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Tells PostgreSQL from the databases that answer as PostgreSQL through pgjdbc (product
 * name, protocol, catalog) but keep sequences differently, so that SeqGuard's arithmetic
 * would be wrong on them. Only {@code version()} says which one answers: the driver
 * reports "PostgreSQL" for all of them.
 */
enum ServerProduct {

	/**
	 * PostgreSQL itself, and the services and forks that keep its sequences (Aurora, EDB,
	 * ...).
	 */
	POSTGRESQL(null),

	/**
	 * CockroachDB: sequences keep no {@code is_called}, and its ids are usually
	 * {@code unique_rowid()}.
	 */
	COCKROACHDB("its sequences keep no is_called and its ids are usually unique_rowid(), not a sequence"),

	/**
	 * YugabyteDB: every connection caches sequence values (at least 100), so
	 * {@code last_value} says little.
	 */
	YUGABYTEDB("every connection caches sequence values (ysql_sequence_cache_minval, 100 by default), so the"
			+ " sequence state SeqGuard reads is not what the next insert draws");

	private static final Pattern YUGABYTE_VERSION = Pattern.compile("^PostgreSQL \\S+-YB-\\S+");

	private final @Nullable String difference;

	ServerProduct(@Nullable String difference) {
		this.difference = difference;
	}

	/**
	 * Returns the product behind a {@code version()} text.
	 * @param version what {@code SELECT version()} returned
	 * @return the product; {@link #POSTGRESQL} for anything not known to differ
	 */
	static ServerProduct fromVersion(String version) {
		String trimmed = version.strip();
		if (trimmed.startsWith("CockroachDB")) {
			return COCKROACHDB;
		}
		if (YUGABYTE_VERSION.matcher(trimmed).find()) {
			return YUGABYTEDB;
		}
		return POSTGRESQL;
	}

	/**
	 * Returns why SeqGuard does not check a database of this product, or {@code null} for
	 * PostgreSQL.
	 * @param version what {@code SELECT version()} returned, quoted in the reason
	 * @return one sentence for the report and the log, or {@code null}
	 */
	@Nullable String skipReason(String version) {
		if (this.difference == null) {
			return null;
		}
		String name = (this == COCKROACHDB) ? "CockroachDB" : "YugabyteDB";
		return "database is " + name + " (" + version.strip() + "), which answers as PostgreSQL but " + this.difference
				+ ": SeqGuard does not check it";
	}

}
