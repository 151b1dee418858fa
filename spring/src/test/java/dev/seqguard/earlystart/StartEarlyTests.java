package dev.seqguard.earlystart;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.earlystart.EarlyStartApplication.SlowBean;
import dev.seqguard.testsupport.CheckStep;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup check begins as soon as the database is in its final state and runs beside
 * the rest of the startup ({@code seqguard.start-early}, the default), and still sees
 * every row a database initializer wrote, also {@code data.sql} run after the entity
 * manager factory. That the context waits for it before any lifecycle bean starts is
 * {@code StartupBeforeTrafficTests}.
 */
class StartEarlyTests {

	@Test
	void theRepairHappensWhileTheBeansAfterTheEntityManagerFactoryAreCreated() {
		TestDatabase database = EmbeddedPostgres.createDatabase("early");
		database.execute(EarlyStartApplication.SCHEMA);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
		try (ConfigurableApplicationContext context = application(database, startup, "seqguard.mode=repair",
				"earlystart.watch-seconds=10")) {
			assertThat(context.getBean(SlowBean.class).sawRepairWhileCreated)
				.as("the repair happened while a later bean was created")
				.isTrue();
			assertThat(CheckStep.tags(startup)).containsEntry("early", "true");
		}
	}

	@Test
	void turnedOffTheCheckWaitsForEverySingleton() {
		TestDatabase database = EmbeddedPostgres.createDatabase("notearly");
		database.execute(EarlyStartApplication.SCHEMA);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
		try (ConfigurableApplicationContext context = application(database, startup, "seqguard.mode=repair",
				"earlystart.watch-seconds=1", "seqguard.start-early=false")) {
			assertThat(context.getBean(SlowBean.class).sawRepairWhileCreated).isFalse();
			assertThat(CheckStep.tags(startup)).containsEntry("early", "false");
			assertThat(report(context).targets()).extracting(TargetReport::status)
				.containsExactly(TargetStatus.REPAIRED);
		}
	}

	@Test
	void rowsDataSqlWritesAfterTheEntityManagerFactoryAreSeen() throws SQLException {
		TestDatabase database = EmbeddedPostgres.createDatabase("earlydeferred");
		BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
		try (ConfigurableApplicationContext context = application(database, startup, "seqguard.mode=repair",
				"spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:early/data.sql",
				"spring.jpa.defer-datasource-initialization=true", "spring.jpa.hibernate.ddl-auto=create-drop")) {
			assertThat(CheckStep.tags(startup)).containsEntry("early", "true");
			TargetReport invoice = report(context).targets().get(0);
			assertThat(invoice.status()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(lastValue(database)).as("the sequence's last value").isEqualTo(4);
		}
	}

	private static ConfigurableApplicationContext application(TestDatabase database,
			BufferingApplicationStartup startup, String... properties) {
		return new SpringApplicationBuilder(EarlyStartApplication.class).applicationStartup(startup)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.jpa.open-in-view=false", "seqguard.refresh-interval=0")
			.properties(properties)
			.run();
	}

	private static long lastValue(TestDatabase database) throws SQLException {
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"select last_value from pg_catalog.pg_sequences where sequencename = 'invoice_id_seq'")) {
			row.next();
			return row.getLong(1);
		}
	}

	private static DataSourceReport report(ConfigurableApplicationContext context) {
		return context.getBean(SequenceGuard.class).latestReport().dataSources().get(0);
	}

}
