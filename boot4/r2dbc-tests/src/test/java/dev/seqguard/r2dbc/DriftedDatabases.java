package dev.seqguard.r2dbc;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;

/**
 * Databases on the tests' embedded PostgreSQL server whose table holds ids its sequence
 * would hand out again.
 */
final class DriftedDatabases {

	private DriftedDatabases() {
	}

	/**
	 * Creates a database whose {@code reading} table holds ids 1 to {@code rows}, its
	 * sequence still at 1.
	 * @param name a readable prefix of the database name
	 * @param rows the rows inserted with explicit ids: the lag
	 * @return the database's name
	 */
	static String create(String name, int rows) {
		TestDatabase database = EmbeddedPostgres.createDatabase(name);
		database.execute("create table reading (id bigserial primary key, name text not null);"
				+ "insert into reading (id, name) select n, 'imported ' || n from generate_series(1, " + rows + ") n");
		return database.name();
	}

	static String r2dbcUrl(String database) {
		return "r2dbc:postgresql://localhost:" + EmbeddedPostgres.port() + "/" + database;
	}

	static String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + EmbeddedPostgres.port() + "/" + database;
	}

}
