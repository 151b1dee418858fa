package dev.seqguard.engine.postgresql;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.discovery.HibernateTargetDiscovery;
import dev.seqguard.discovery.Target;
import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.settings.Switches;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.testsupport.Targets;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a pool and runs a check, in the class loader {@link CheckClassesTests} defines
 * SeqGuard's and the driver's classes in.
 */
public final class CheckClassesProbe {

	private CheckClassesProbe() {
	}

	/**
	 * Opens a pool of the driver's connections, one connection open, as a datasource bean
	 * is before the check.
	 * @param jdbcUrl the database
	 * @return the pool
	 * @throws Exception when it cannot connect
	 */
	public static AutoCloseable open(String jdbcUrl) throws Exception {
		PGSimpleDataSource driver = new PGSimpleDataSource();
		driver.setUrl(jdbcUrl);
		driver.setUser("postgres");
		HikariConfig config = new HikariConfig();
		config.setDataSource(driver);
		config.setMaximumPoolSize(2);
		HikariDataSource pool = new HikariDataSource(config);
		pool.getConnection().close();
		return pool;
	}

	/**
	 * Checks the IDENTITY columns {@code id} of the tables and logs the report, as the
	 * startup check does.
	 * @param pool the pool {@link #open} returned
	 * @param tables the tables
	 * @return the number of drifted tables
	 */
	public static int check(AutoCloseable pool, String... tables) {
		List<Target> targets = new ArrayList<>();
		for (String table : tables) {
			targets.add(Targets.identity(table));
		}
		return check(pool, targets);
	}

	/**
	 * Checks the entities of an entity manager factory, found as the starter finds them,
	 * and logs the report, as the startup check does.
	 * @param pool the pool {@link #open} returned
	 * @param entityManagerFactory a Hibernate entity manager factory
	 * @return the number of drifted tables
	 */
	public static int checkEntities(AutoCloseable pool, Object entityManagerFactory) {
		return check(pool, HibernateTargetDiscovery.discover((EntityManagerFactory) entityManagerFactory));
	}

	private static int check(AutoCloseable pool, List<Target> targets) {
		SequenceGuard guard = new SequenceGuard(List.of(GuardedDataSource.of("ds", (HikariDataSource) pool, targets)),
				InspectionSettings.DEFAULTS);
		SeqGuardReport report = guard.check();
		ReportLogger.log(report, Switches.NONE);
		return report.dataSources().get(0).drifted().size();
	}

}
