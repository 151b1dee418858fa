package dev.seqguard.mismatch;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import org.junit.jupiter.api.Test;

import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hibernate told to tolerate an allocationSize (50) that differs from the sequence's
 * increment (1): SeqGuard uses the generator Hibernate really runs, and the repair makes
 * Hibernate's next insert clear the data.
 */
@OnEveryHibernateVersion
class IncrementMismatchTests {

	@Test
	void toleratedMismatchIsMeasuredAndRepairedWithHibernatesOwnIncrement() {
		TestDatabase database = EmbeddedPostgres.createDatabase("mismatch");
		// (100, called) -> nextval 101 -> Hibernate's pooled optimizer hands out 52..101
		database.execute("""
				create sequence parcel_seq increment 1;
				select setval('parcel_seq', 100, true);
				create table parcel (id bigint primary key);
				insert into parcel (id) select generate_series(1, 60);
				""");
		try (EngineFixture application = EngineFixture.on(database, Parcel.class)
			.hibernate("hibernate.id.sequence.increment_size_mismatch_strategy", "log")
			.start()) {
			SequenceGuard guard = application.guard();

			TargetReport.Checked checked = checked(guard.check().targets().get(0));
			assertThat(checked.reading().optimizer()).isEqualTo("pooled");
			assertThat(checked.reading().incrementSize()).isEqualTo(50);
			assertThat(checked.firstId()).isEqualTo(52);
			assertThat(checked.lag()).isEqualTo(9);

			assertThat(guard.repair().targets().get(0).status()).isEqualTo(TargetStatus.REPAIRED);
			var entityManager = application.entityManagerFactory().createEntityManager();
			entityManager.getTransaction().begin();
			Parcel parcel = new Parcel();
			entityManager.persist(parcel);
			entityManager.getTransaction().commit();
			entityManager.close();
			assertThat(parcel.id).isEqualTo(61);
		}
	}

}
