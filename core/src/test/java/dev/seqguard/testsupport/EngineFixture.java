package dev.seqguard.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.HibernateTargetDiscovery;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * A freshly started application without Spring: a Hikari pool on a test database,
 * Hibernate bootstrapped natively from a list of entity classes, and a
 * {@link SequenceGuard} built through the engine's public API from the targets
 * {@link HibernateTargetDiscovery} finds in it, the way the starter builds one. Close it
 * to stop Hibernate and the pool.
 */
public final class EngineFixture implements AutoCloseable {

	private final HikariDataSource pool;

	private final SessionFactory factory;

	private final SequenceGuard guard;

	private EngineFixture(HikariDataSource pool, SessionFactory factory, SequenceGuard guard) {
		this.pool = pool;
		this.factory = factory;
		this.guard = guard;
	}

	/**
	 * Starts an application on a database with the default settings.
	 * @param database the database
	 * @param entities the mapped entity classes
	 * @return the started application
	 */
	public static EngineFixture start(TestDatabase database, Class<?>... entities) {
		return on(database, entities).start();
	}

	/**
	 * Describes an application on a database, to be changed and started.
	 * @param database the database
	 * @param entities the mapped entity classes
	 * @return the description
	 */
	public static Builder on(TestDatabase database, Class<?>... entities) {
		return on(database.jdbcUrl(), "postgres", entities);
	}

	/**
	 * Describes an application on the database at a JDBC URL (an H2 database, for
	 * example), to be changed and started.
	 * @param jdbcUrl the database's URL
	 * @param username the user
	 * @param entities the mapped entity classes
	 * @return the description
	 */
	public static Builder on(String jdbcUrl, String username, Class<?>... entities) {
		return new Builder(jdbcUrl, username, List.of(entities));
	}

	/**
	 * Returns Hibernate's factory, the oracle for the ids an application gets.
	 * @return the factory
	 */
	public EntityManagerFactory entityManagerFactory() {
		return this.factory;
	}

	/**
	 * Returns the guard.
	 * @return the guard over the pool and the entities' targets
	 */
	public SequenceGuard guard() {
		return this.guard;
	}

	/**
	 * Returns the application's pool, the datasource the guard checks.
	 * @return the pool
	 */
	public DataSource dataSource() {
		return this.pool;
	}

	@Override
	public void close() {
		this.factory.close();
		this.pool.close();
	}

	/** What to start: entities, Hibernate settings, pool size and inspection settings. */
	public static final class Builder {

		private final String jdbcUrl;

		private final String username;

		private final List<Class<?>> entities;

		private final Map<String, String> hibernateSettings = new LinkedHashMap<>();

		private int poolSize = 10;

		private int minimumIdle = 10;

		private InspectionSettings inspection = InspectionSettings.DEFAULTS;

		private Duration repairLockTimeout = Duration.ofSeconds(5);

		private UnaryOperator<GuardedDataSource> guarded = UnaryOperator.identity();

		private Builder(String jdbcUrl, String username, List<Class<?>> entities) {
			this.jdbcUrl = jdbcUrl;
			this.username = username;
			this.entities = new ArrayList<>(entities);
		}

		/**
		 * Adds a Hibernate setting.
		 * @param name the setting's name, {@code hibernate.*}
		 * @param value its value
		 * @return this description
		 */
		public Builder hibernate(String name, String value) {
			this.hibernateSettings.put(name, value);
			return this;
		}

		/**
		 * Sizes the pool (10 and 10, Hikari's defaults, unless set).
		 * @param size the most connections
		 * @param minimumIdle the fewest idle connections Hikari keeps
		 * @return this description
		 */
		public Builder pool(int size, int minimumIdle) {
			this.poolSize = size;
			this.minimumIdle = minimumIdle;
			return this;
		}

		/**
		 * Sets the inspection settings ({@link InspectionSettings#DEFAULTS} unless set).
		 * @param settings the settings
		 * @return this description
		 */
		public Builder inspection(InspectionSettings settings) {
			this.inspection = settings;
			return this;
		}

		/**
		 * Sets the longest wait for the repair's locks (5 seconds unless set).
		 * @param timeout the timeout
		 * @return this description
		 */
		public Builder repairLockTimeout(Duration timeout) {
			this.repairLockTimeout = timeout;
			return this;
		}

		/**
		 * Changes the guarded datasource before the guard is built (a repair role, for
		 * example).
		 * @param change the change
		 * @return this description
		 */
		public Builder guarded(UnaryOperator<GuardedDataSource> change) {
			this.guarded = change;
			return this;
		}

		/**
		 * Starts the pool, Hibernate and the guard.
		 * @return the started application
		 */
		public EngineFixture start() {
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(this.jdbcUrl);
			pool.setUsername(this.username);
			pool.setMaximumPoolSize(this.poolSize);
			pool.setMinimumIdle(this.minimumIdle);
			Configuration configuration = new Configuration();
			this.entities.forEach(configuration::addAnnotatedClass);
			configuration.setPhysicalNamingStrategy(new SnakeCaseNamingStrategy());
			configuration.getProperties().put(AvailableSettings.DATASOURCE, pool);
			this.hibernateSettings.forEach(configuration::setProperty);
			SessionFactory factory = configuration.buildSessionFactory();
			GuardedDataSource dataSource = new GuardedDataSource("dataSource", pool,
					() -> HibernateTargetDiscovery.discover(factory));
			SequenceGuard guard = new SequenceGuard(List.of(this.guarded.apply(dataSource)), this.inspection,
					this.repairLockTimeout);
			return new EngineFixture(pool, factory, guard);
		}

	}

}
