package dev.seqguard.r2dbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the test JVM, and databases whose {@code reading}
 * table holds ids its sequence has not handed out yet: the drift an import with explicit
 * ids leaves.
 */
final class DriftedDatabases {

	private static EmbeddedPostgres server;

	private DriftedDatabases() {
	}

	/**
	 * Creates a database whose {@code reading} table holds ids 1 to {@code rows}, its
	 * sequence still at 1.
	 * @param name the database name
	 * @param rows the rows inserted with explicit ids: the lag
	 * @return the database's name
	 */
	static String create(String name, int rows) {
		execute("postgres", "create database " + name);
		execute(name, "create table reading (id bigserial primary key, name text not null);"
				+ "insert into reading (id, name) select n, 'imported ' || n from generate_series(1, " + rows + ") n");
		return name;
	}

	static String r2dbcUrl(String database) {
		return "r2dbc:postgresql://localhost:" + server().getPort() + "/" + database;
	}

	static String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
	}

	private static void execute(String database, String sql) {
		try (Connection connection = server().getDatabase("postgres", database).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// the JVM is exiting; the data directory is a temporary one
				}
			}));
		}
		return server;
	}

}
