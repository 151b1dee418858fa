package dev.seqguard.autoconfigure;

import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.report.LifecycleMessages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * SeqGuard's own JDBC connection ({@code seqguard.datasource.*}), for an application that
 * has no JDBC {@link DataSource} (Spring Data R2DBC): the URL, user and password as set,
 * or derived from {@code spring.r2dbc.*}. It needs PostgreSQL's JDBC driver; without it
 * one INFO line says what to add.
 * <p>
 * The driver's classes are touched only when it is on the classpath.
 */
final class OwnDataSource {

	/** The name of SeqGuard's own datasource in logs, reports and meter tags. */
	static final String NAME = "seqguard.datasource";

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private static final String DRIVER = "org.postgresql.Driver";

	private OwnDataSource() {
	}

	/**
	 * Returns SeqGuard's own datasource, when one is set or derived.
	 * @param properties the {@code seqguard.datasource.*} properties
	 * @param environment where {@code spring.r2dbc.*} is read
	 * @param deriveFromR2dbc whether a URL may be derived from {@code spring.r2dbc.url}
	 * (the application has no JDBC datasource)
	 * @param classLoader the application's class loader
	 * @return the datasource, or {@code null} when there is none or no driver
	 */
	static @Nullable GuardedDataSource find(SeqGuardOwnDataSourceProperties properties, Environment environment,
			boolean deriveFromR2dbc, @Nullable ClassLoader classLoader) {
		String url = properties.getUrl();
		String r2dbcUrl = environment.getProperty("spring.r2dbc.url");
		if (url == null && deriveFromR2dbc && r2dbcUrl != null) {
			url = jdbcUrl(r2dbcUrl);
		}
		if (url == null) {
			return null;
		}
		if (!ClassUtils.isPresent(DRIVER, classLoader)) {
			logger.info(LifecycleMessages.needsJdbcDriver(NAME, url.replaceFirst("\\?.*", "")));
			return null;
		}
		String username = Objects.requireNonNullElse(properties.getUsername(),
				environment.getProperty("spring.r2dbc.username", ""));
		String password = (properties.getPassword() != null) ? properties.getPassword()
				: environment.getProperty("spring.r2dbc.password");
		try {
			return GuardedDataSource.of(NAME, Driver.dataSource(url, username, password), List.of());
		}
		catch (IllegalArgumentException ex) {
			// the driver rejects the URL; report mode never fails startup
			logger.warn(StarterMessages.badOwnDataSourceUrl(url.replaceFirst("\\?.*", "")));
			return null;
		}
	}

	/**
	 * The JDBC URL of an R2DBC URL: {@code r2dbc:postgresql://host:port/db?options} (also
	 * {@code r2dbc:pool:postgresql://...}) becomes
	 * {@code jdbc:postgresql://host:port/db}.
	 */
	static @Nullable String jdbcUrl(String r2dbcUrl) {
		String rest = r2dbcUrl.replaceFirst("^r2dbcs?:(pool:)?", "");
		if (!rest.startsWith("postgresql://") && !rest.startsWith("postgres://")) {
			return null;
		}
		String hostAndDatabase = rest.substring(rest.indexOf("//") + 2).replaceFirst("\\?.*", "");
		return "jdbc:postgresql://" + hostAndDatabase;
	}

	/** Touches the driver's classes, so it is loaded only when the driver is present. */
	private static final class Driver {

		static DataSource dataSource(String url, String username, @Nullable String password) {
			PGSimpleDataSource dataSource = new PGSimpleDataSource();
			dataSource.setURL(url);
			if (!username.isEmpty()) {
				dataSource.setUser(username);
			}
			if (password != null) {
				dataSource.setPassword(password);
			}
			return dataSource;
		}

	}

}
