package dev.seqguard.testsupport;

import dev.seqguard.autoconfigure.SeqGuardAutoConfiguration;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * Application contexts with Boot's real DataSource, JPA and SeqGuard auto-configurations.
 */
public final class JpaContexts {

	private JpaContexts() {
	}

	/**
	 * Returns a runner for a context on the given database, with entities found from a
	 * configuration class that carries {@code @EntityScan}.
	 * @param database the database
	 * @param entityConfiguration the configuration class
	 * @return the runner
	 */
	public static ApplicationContextRunner on(TestDatabase database, Class<?> entityConfiguration) {
		return new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DataSourceAutoConfiguration.class, HibernateJpaAutoConfiguration.class,
							TransactionAutoConfiguration.class, SeqGuardAutoConfiguration.class))
			.withUserConfiguration(entityConfiguration)
			.withPropertyValues("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0");
	}

}
