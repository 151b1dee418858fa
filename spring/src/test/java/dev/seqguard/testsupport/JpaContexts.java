package dev.seqguard.testsupport;

import java.util.stream.Stream;

import dev.seqguard.autoconfigure.SeqGuardAutoConfiguration;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

/**
 * Application contexts with Boot's real DataSource, JPA and SeqGuard auto-configurations,
 * on either Boot line (their auto-configurations are named for both: the ones present are
 * used).
 */
public final class JpaContexts {

	private static final Class<?>[] JPA = Stream
		.of("org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
				"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
				"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
				"org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration")
		.filter((name) -> ClassUtils.isPresent(name, JpaContexts.class.getClassLoader()))
		.map((name) -> ClassUtils.resolveClassName(name, JpaContexts.class.getClassLoader()))
		.toArray(Class<?>[]::new);

	private JpaContexts() {
	}

	/**
	 * Returns a runner for a context on the given database, with entities found from a
	 * configuration class that carries {@code @AutoConfigurationPackage}.
	 * @param database the database
	 * @param entityConfiguration the configuration class
	 * @return the runner
	 */
	public static ApplicationContextRunner on(TestDatabase database, Class<?> entityConfiguration) {
		return on(database.jdbcUrl(), "postgres", entityConfiguration);
	}

	/**
	 * Returns a runner for a context on the database at a JDBC URL (an H2 database, for
	 * example), with entities found from a configuration class that carries
	 * {@code @AutoConfigurationPackage}.
	 * @param jdbcUrl the database's URL
	 * @param username the user
	 * @param entityConfiguration the configuration class
	 * @return the runner
	 */
	public static ApplicationContextRunner on(String jdbcUrl, String username, Class<?> entityConfiguration) {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(JPA))
			.withConfiguration(AutoConfigurations.of(SeqGuardAutoConfiguration.class))
			.withUserConfiguration(entityConfiguration)
			.withPropertyValues("spring.datasource.url=" + jdbcUrl, "spring.datasource.username=" + username,
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0");
	}

}
