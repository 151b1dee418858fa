package dev.seqguard.mappings.tablegen;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.mappings.MappingSupport.firstIdHandedOut;
import static dev.seqguard.mappings.MappingSupport.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repair role that may not move a TABLE generator's row, or not read a table on it, is
 * told so in one line with the table, the SQLSTATE and the {@code GRANT} to run, and the
 * row stays where it was: a freshly started Hibernate hands out the id it did before.
 */
@OnEveryHibernateVersion
class TableGeneratorPrivilegeTests {

	/**
	 * Creates the repair role (roles are the server's, so the name is the database's)
	 * with the grants given.
	 */
	private static String repairRole(TestDatabase database, String grants) {
		String role = database.name() + "_repair";
		database.execute("""
				do $$ begin
				  if not exists (select from pg_catalog.pg_roles where rolname = '%1$s') then
				    create role %1$s login;
				  end if;
				end $$;
				%2$s
				""".formatted(role, grants.replace("${role}", role)));
		return role;
	}

	private static EngineFixture repairingAs(TestDatabase database, String role) {
		return TableGeneratorCheckTests.application(database)
			.guarded((guarded) -> guarded.withRepairDataSource(database.dataSource(role, null)))
			.start();
	}

	@Test
	void withoutUpdateOnTheGeneratorTableTheRepairNamesTheGrantAndMovesNoRow() {
		TestDatabase database = TableGeneratorCheckTests.database(3, 100);
		String role = repairRole(database, "grant select on hibernate_sequences, coupon, parcel to ${role};");
		try (EngineFixture application = repairingAs(database, role)) {
			SeqGuardReport report = application.guard().repair();
			TargetReport coupon = target(report, "Coupon");

			assertThat(coupon.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(coupon.detail()).isEqualTo("SQLSTATE 42501: no UPDATE privilege on table hibernate_sequences"
					+ " to move TABLE generator hibernate_sequences(sequence_name = 'coupon') forward;"
					+ " run: GRANT UPDATE ON TABLE hibernate_sequences TO " + role + "; The row was not moved.");
			assertThat(target(report, "Parcel").status()).isEqualTo(TargetStatus.DRIFT);
		}
		assertRowsWhereTheyWere(database);
	}

	@Test
	void withoutSelectOnAnEntityTableThatRowIsLeftAndTheOtherRepaired() {
		TestDatabase database = TableGeneratorCheckTests.database(3, 100);
		String role = repairRole(database,
				"grant select, update on hibernate_sequences to ${role};" + " grant select on coupon to ${role};");
		try (EngineFixture application = repairingAs(database, role)) {
			SeqGuardReport report = application.guard().repair();
			TargetReport parcel = target(report, "Parcel");

			assertThat(parcel.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(parcel.detail()).startsWith("SQLSTATE 42501: no SELECT privilege on table parcel")
				.contains("; run: GRANT SELECT ON TABLE parcel TO " + role + ";")
				.doesNotContain("\n");
			assertThat(target(report, "Coupon").status()).isEqualTo(TargetStatus.REPAIRED);
		}
		try (EngineFixture application = TableGeneratorCheckTests.application(database).start()) {
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(11);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(52);
		}
	}

	private static void assertRowsWhereTheyWere(TestDatabase database) {
		assertThat(new JdbcTemplate(database.dataSource())
			.queryForList("select next_val from hibernate_sequences order by sequence_name", Long.class))
			.containsExactly(3L, 100L);
		try (EngineFixture application = TableGeneratorCheckTests.application(database).start()) {
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(4);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(52);
		}
	}

}
