package dev.seqguard.benchmarks;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SeqGuard's share of the startup of a generated Spring Boot application with 1,000 JPA
 * entities (40 % IDENTITY, 20 % bigserial, 30 % a pooled sequence of their own, 10 % one
 * shared pooled sequence; 1,000 rows per table, every 11th table of its own sequence
 * drifted): the startup with the starter minus the startup without it (its
 * auto-configurations excluded), in pairs run in alternating order, median over the
 * pairs. Each startup opens a new pool of new backends, so its check is a cold one.
 */
final class StartupShare {

	static final int ENTITIES = 1000;

	private static final int PAIRS = 9;

	static final String EXCLUDE_SEQGUARD = "dev.seqguard.autoconfigure.SeqGuardAutoConfiguration,"
			+ "dev.seqguard.autoconfigure.SeqGuardMetricsAutoConfiguration,"
			+ "dev.seqguard.autoconfigure.SeqGuardActuatorAutoConfiguration";

	private StartupShare() {
	}

	static String measure(String serverUrl) throws Exception {
		String url = createDatabase(serverUrl, "startup");
		int expectedDrift = GeneratedApplication.createTables(url);
		Path classes = GeneratedApplication.compile(Files.createTempDirectory("seqguard-startup"));
		ClassLoader parent = Thread.currentThread().getContextClassLoader();
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, parent)) {
			Class<?> application = loader.loadClass(GeneratedApplication.MAIN_CLASS);
			Thread.currentThread().setContextClassLoader(loader);
			start(application, url, true, expectedDrift);
			start(application, url, false, expectedDrift);
			double[] differences = new double[PAIRS];
			double[] withStarter = new double[PAIRS];
			double[] checks = new double[PAIRS];
			for (int i = 0; i < PAIRS; i++) {
				boolean withFirst = i % 2 == 0;
				double[] first = start(application, url, withFirst, expectedDrift);
				double[] second = start(application, url, !withFirst, expectedDrift);
				double[] with = withFirst ? first : second;
				double[] without = withFirst ? second : first;
				differences[i] = with[0] - without[0];
				withStarter[i] = with[0];
				checks[i] = with[1];
				System.out.printf(Locale.ROOT, "Startup pair %d: with %.0f ms (check %.0f ms), without %.0f ms%n",
						i + 1, with[0], with[1], without[0]);
			}
			double share = Runs.median(differences);
			return String.format(Locale.ROOT,
					"Startup of a generated %,d-entity Spring Boot application (median of %d pairs): %.0f ms with the"
							+ " starter; SeqGuard's share (with minus without) %.0f ms = %.1f %%; its own \"checked"
							+ " … in N ms\": %.0f ms",
					ENTITIES, PAIRS, Runs.median(withStarter), share, 100 * share / Runs.median(withStarter),
					Runs.median(checks));
		}
		finally {
			Thread.currentThread().setContextClassLoader(parent);
		}
	}

	/**
	 * Starts and stops the application; returns the startup in ms and SeqGuard's own
	 * check time (0 without).
	 */
	private static double[] start(Class<?> application, String url, boolean withStarter, int expectedDrift) {
		// a collection left over from the previous startup must not land in this one
		System.gc();
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setLogStartupInfo(false);
		spring.setDefaultProperties(Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
				"spring.jpa.hibernate.ddl-auto", "none", "spring.jpa.open-in-view", "false", "spring.main.banner-mode",
				"off", "spring.autoconfigure.exclude", withStarter ? "" : EXCLUDE_SEQGUARD, "seqguard.refresh-interval",
				"0"));
		long start = System.nanoTime();
		try (ConfigurableApplicationContext context = spring.run()) {
			double millis = (System.nanoTime() - start) / 1e6;
			if (!withStarter) {
				return new double[] { millis, 0 };
			}
			DataSourceReport report = context.getBean(SequenceGuard.class).latestReport().dataSources().get(0);
			CheckComparison.agree(report.drifted().size(), expectedDrift, "SeqGuard at startup");
			return new double[] { millis, report.duration().toNanos() / 1e6 };
		}
	}

	/** Creates the database {@code name} afresh; returns its URL. */
	static String createDatabase(String serverUrl, String name) {
		DataSource server = SeqGuardBenchmark.pool(serverUrl);
		try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			((com.zaxxer.hikari.HikariDataSource) server).close();
		}
		return serverUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
	}

	static List<URL> classPath(ClassLoader loader) {
		List<URL> urls = new ArrayList<>();
		for (ClassLoader current = loader; current != null; current = current.getParent()) {
			if (current instanceof URLClassLoader urlLoader) {
				urls.addAll(List.of(urlLoader.getURLs()));
			}
		}
		return urls;
	}

}
