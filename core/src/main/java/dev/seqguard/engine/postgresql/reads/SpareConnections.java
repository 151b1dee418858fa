package dev.seqguard.engine.postgresql.reads;

import javax.sql.DataSource;

/**
 * How many more connections a check may take from its pool, to read parts side by side:
 * only idle connections of a HikariCP pool the check was handed itself (never a wrapper,
 * which may stand for one transaction's connection), always leaving one idle for the
 * application, and at most {@link #MAX_CONNECTIONS} in all. Any other datasource gets
 * none: when SeqGuard cannot tell what the pool can spare, it uses the one connection it
 * has.
 */
public final class SpareConnections {

	/**
	 * Connections one check reads through at most, its own included: side by side reads
	 * help as long as the server has a core for each (on 2 cores, 2 connections read
	 * 5,000 tables in half the time; 4 took longer than 2).
	 */
	static final int MAX_CONNECTIONS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

	private static final boolean HIKARI_PRESENT = OptionalClasses.isPresent("com.zaxxer.hikari.HikariDataSource");

	private SpareConnections() {
	}

	/**
	 * Returns how many more connections the check may take now.
	 * @param dataSource the datasource the check's own connection came from
	 * @return 0 or more, below {@link #MAX_CONNECTIONS}
	 */
	public static int available(DataSource dataSource) {
		if (MAX_CONNECTIONS < 2 || !HIKARI_PRESENT) {
			return 0;
		}
		return Math.min(MAX_CONNECTIONS - 1, Hikari.idleToSpare(dataSource));
	}

	/** Touches HikariCP's types, so it is loaded only when HikariCP is present. */
	private static final class Hikari {

		static int idleToSpare(DataSource dataSource) {
			if (!(dataSource instanceof com.zaxxer.hikari.HikariDataSource hikari) || hikari.isClosed()) {
				return 0;
			}
			com.zaxxer.hikari.HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
			return (pool != null) ? Math.max(0, pool.getIdleConnections() - 1) : 0;
		}

	}

}
