package dev.seqguard.autoconfigure;

import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With pgjdbc on the class path, the context has the classes of a PostgreSQL check loaded
 * on a thread of its own while it creates its beans; not without the driver, and not when
 * Spring Boot's switch for background preinitialization is set.
 */
class CheckClassPreloaderTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("preload");

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SeqGuardAutoConfiguration.class))
		.withPropertyValues("seqguard.refresh-interval=0");

	@Test
	void theCheckClassesAreLoadedWhileTheContextStarts() {
		this.runner.withBean(DataSource.class, database::dataSource).run((context) -> {
			CheckClassPreloader preloader = context.getBean(CheckClassPreloader.class);
			assertThat(preloader.missing()).as("started when the context created its beans").isNotNull();
			assertThat(preloader.missing().get(30, TimeUnit.SECONDS)).as("listed classes not found").isEmpty();
		});
	}

	@Test
	void withoutTheDriverNothingIsPreloaded() {
		this.runner.withClassLoader(new FilteredClassLoader("org.postgresql"))
			.withBean(DataSource.class, CheckClassPreloaderTests::h2)
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CheckClassPreloader.class));
	}

	@Test
	void springBootsSwitchForBackgroundPreinitializationTurnsItOff() {
		System.setProperty(CheckClassPreloader.IGNORE_PROPERTY, "true");
		try {
			this.runner.withBean(DataSource.class, database::dataSource)
				.run((context) -> assertThat(context.getBean(CheckClassPreloader.class).missing()).isNull());
		}
		finally {
			System.clearProperty(CheckClassPreloader.IGNORE_PROPERTY);
		}
	}

	private static DataSource h2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:preload;DB_CLOSE_DELAY=-1");
		return dataSource;
	}

}
