package dev.seqguard.mappings.tablegen;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.TableFilter;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static dev.seqguard.mappings.MappingSupport.firstIdHandedOut;
import static dev.seqguard.mappings.MappingSupport.target;
import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TABLE generators are checked with Hibernate as the oracle: the first id in the report
 * is the id a freshly started Hibernate hands out, for allocation size 1 (optimizer none)
 * and 50 (optimizer pooled), and the suggested statement moves the row past the table.
 */
@OnEveryHibernateVersion
class TableGeneratorCheckTests {

	static final Class<?>[] ENTITIES = { Coupon.class, Parcel.class };

	static TestDatabase database(long couponStored, long parcelStored) {
		TestDatabase database = EmbeddedPostgres.createDatabase("tablegen");
		database.execute("""
				create table hibernate_sequences (sequence_name varchar(255) primary key, next_val bigint);
				create table coupon (id bigint primary key);
				create table parcel (id bigint primary key);
				insert into coupon (id) select generate_series(1, 10);
				insert into parcel (id) select generate_series(1, 1000);
				insert into hibernate_sequences values ('coupon', %d), ('parcel', %d);
				""".formatted(couponStored, parcelStored));
		return database;
	}

	static EngineFixture.Builder application(TestDatabase database) {
		return EngineFixture.on(database, ENTITIES);
	}

	@Test
	void allocationSizeOneReportsTheFirstIdHibernateHandsOut() {
		try (EngineFixture application = application(database(3, 100)).start()) {
			TargetReport.Checked coupon = checked(target(application.guard().check(), "Coupon"));

			assertThat(coupon.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(coupon.identity().generator()).isEqualTo("table");
			assertThat(coupon.lag()).isEqualTo(10 - coupon.firstId() + 1);
			assertThat(coupon.firstId()).isEqualTo(4)
				.isEqualTo(firstIdHandedOut(application.entityManagerFactory(), Coupon::new, Coupon::id));
		}
	}

	@Test
	void allocationSizeFiftyReportsTheFirstIdHibernateHandsOut() {
		try (EngineFixture application = application(database(3, 100)).start()) {
			TargetReport.Checked parcel = checked(target(application.guard().check(), "Parcel"));

			assertThat(parcel.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(parcel.lag()).isEqualTo(1000 - parcel.firstId() + 1);
			assertThat(parcel.firstId()).isEqualTo(52)
				.isEqualTo(firstIdHandedOut(application.entityManagerFactory(), Parcel::new, Parcel::id));
		}
	}

	@Test
	void rowsAheadOfTheirTablesAreHealthy() {
		try (EngineFixture application = application(database(10, 1049)).start()) {
			var report = application.guard().check();
			TargetReport.Checked coupon = checked(target(report, "Coupon"));
			TargetReport.Checked parcel = checked(target(report, "Parcel"));

			assertThat(coupon.status()).isEqualTo(TargetStatus.OK);
			assertThat(parcel.status()).isEqualTo(TargetStatus.OK);
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(coupon.firstId()).isEqualTo(11).isEqualTo(firstIdHandedOut(factory, Coupon::new, Coupon::id));
			assertThat(parcel.firstId()).isEqualTo(1001).isEqualTo(firstIdHandedOut(factory, Parcel::new, Parcel::id));
		}
	}

	@Test
	void aMissingGeneratorTableIsAnErrorThatNamesTheTableAndTheSqlState() {
		TestDatabase database = database(3, 100);
		database.execute("drop table hibernate_sequences");
		try (EngineFixture application = application(database).start()) {
			TargetReport coupon = target(application.guard().check(), "Coupon");

			assertThat(coupon.status()).isEqualTo(TargetStatus.ERROR);
			assertThat(coupon.detail()).startsWith("SQLSTATE 42P01: could not read TABLE generator hibernate_sequences")
				.doesNotContain("\n");
		}
	}

	@Test
	void theSuggestedStatementMovesEachRowPastItsTable() {
		TestDatabase database = database(3, 100);
		try (EngineFixture application = application(database).start()) {
			var report = application.guard().check();
			database.execute(Objects.requireNonNull(checked(target(report, "Coupon")).detail()));
			database.execute(Objects.requireNonNull(checked(target(report, "Parcel")).detail()));
		}
		try (EngineFixture application = application(database).start()) {
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(11);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(1001);
		}
	}

	@Test
	void aTableTheExcludePatternsLeaveOutIsSkippedAndItsRowLeftWhereItIs() {
		TestDatabase database = database(3, 100);
		InspectionSettings settings = new InspectionSettings(Duration.ofSeconds(10),
				new TableFilter(List.of(), List.of("*.coupon")), 0.8);
		try (EngineFixture application = application(database).inspection(settings).start()) {
			var report = application.guard().repair();
			TargetReport coupon = target(report, "Coupon");

			assertThat(coupon.status()).isEqualTo(TargetStatus.SKIPPED);
			assertThat(coupon.detail()).contains("excluded by pattern '*.coupon'");
			assertThat(target(report, "Parcel").status()).isEqualTo(TargetStatus.REPAIRED);
		}
		try (EngineFixture application = application(database).start()) {
			EntityManagerFactory factory = application.entityManagerFactory();
			assertThat(firstIdHandedOut(factory, Coupon::new, Coupon::id)).isEqualTo(4);
			assertThat(firstIdHandedOut(factory, Parcel::new, Parcel::id)).isEqualTo(1001);
		}
	}

}
