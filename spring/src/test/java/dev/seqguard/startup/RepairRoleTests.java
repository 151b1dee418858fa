package dev.seqguard.startup;

import java.sql.SQLException;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.startup.TrafficApplication.LifecycleInserter;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code seqguard.repair.username}: the application's role may read and insert but not
 * {@code setval}; the repair connects as a role of its own and succeeds, while the check
 * keeps the application's connections. The server checks the repair role's password
 * (SCRAM), as production servers do.
 */
@ExtendWith(OutputCaptureExtension.class)
class RepairRoleTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("repairrole");

	static {
		database.execute(TrafficApplication.SCHEMA + """
				set password_encryption = 'scram-sha-256';
				create role traffic_app login password 'app-secret';
				grant select, insert on ticket, audit_entry to traffic_app;
				grant select, usage on sequence ticket_id_seq, audit_entry_id_seq to traffic_app;
				create role traffic_repair login password 'repair-secret';
				grant select, update on ticket, audit_entry to traffic_repair;
				grant select, update on sequence ticket_id_seq, audit_entry_id_seq to traffic_repair;
				""");
		database.requirePasswordOf("traffic_repair");
	}

	@Test
	void theRepairConnectsAsItsOwnRoleWhileTheApplicationsRoleCannotSetval() {
		try (ConfigurableApplicationContext application = start("--seqguard.repair.username=traffic_repair",
				"--seqguard.repair.password=repair-secret")) {
			TargetReport ticket = ticket(application);

			assertThat(ticket.status()).as(ticket.detail()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(application.getBean(LifecycleInserter.class).insertedId).isEqualTo(4);
		}
	}

	@Test
	void aPasswordInTheApplicationsUrlDoesNotReachTheRepairRole() {
		assertThatExceptionOfType(SQLException.class)
			.isThrownBy(() -> database.dataSource("traffic_repair", "app-secret").getConnection().close())
			.satisfies((ex) -> assertThat(ex.getSQLState()).isEqualTo("28P01"));
		driftTicketAgain();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TrafficApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + urlWithoutUser() + "?user=traffic_app&password=app-secret",
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.mode=repair", "seqguard.refresh-interval=0")
			.run("--seqguard.repair.username=traffic_repair", "--seqguard.repair.password=repair-secret")) {
			TargetReport ticket = ticket(application);

			assertThat(ticket.status()).as(ticket.detail()).isEqualTo(TargetStatus.REPAIRED);
		}
		finally {
			driftTicketAgain();
		}
	}

	/**
	 * The imported tickets only, and their sequence behind them, as the other tests
	 * expect.
	 */
	private static void driftTicketAgain() {
		database.execute("delete from ticket where origin <> 'import'; select setval('ticket_id_seq', 1, false)");
	}

	@Test
	void withoutItTheApplicationsRoleIsRefusedWithTheGrantItLacksInOneWarn(CapturedOutput output) {
		database.execute("select setval('ticket_id_seq', 1, false)");
		try (ConfigurableApplicationContext application = start()) {
			TargetReport ticket = ticket(application);

			assertThat(ticket.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(ticket.detail()).contains("42501").contains("GRANT UPDATE ON SEQUENCE public.ticket_id_seq");
		}
		assertThat(output.getAll().lines().filter((line) -> line.contains(" WARN ") && line.contains("ticket_id_seq")))
			.singleElement()
			.asString()
			.contains("not repaired: SQLSTATE 42501")
			.contains("GRANT UPDATE ON SEQUENCE public.ticket_id_seq TO traffic_app");
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(TrafficApplication.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + urlWithoutUser(), "spring.datasource.username=traffic_app",
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.mode=repair", "seqguard.refresh-interval=0")
			.run(arguments);
	}

	/**
	 * The database's URL without its {@code user=postgres} parameter, which would
	 * override the username.
	 */
	private static String urlWithoutUser() {
		return database.jdbcUrl().replaceAll("[?&]user=postgres", "");
	}

	private static TargetReport ticket(ConfigurableApplicationContext application) {
		return application.getBean(SequenceGuard.class)
			.latestReport()
			.targets()
			.stream()
			.filter((target) -> target.identity().table().equals("ticket"))
			.findFirst()
			.orElseThrow();
	}

}
