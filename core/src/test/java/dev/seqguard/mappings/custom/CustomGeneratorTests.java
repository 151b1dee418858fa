package dev.seqguard.mappings.custom;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import org.junit.jupiter.api.Test;

import static dev.seqguard.mappings.MappingSupport.insert;
import static dev.seqguard.mappings.MappingSupport.target;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom generators ({@code @IdGeneratorType}, {@code @GenericGenerator}) decide ids in
 * code SeqGuard cannot read, even when they extend Hibernate's sequence generator: they
 * are skipped, naming the generator class, instead of being measured with the arithmetic
 * of a generator they are not.
 */
@OnEveryHibernateVersion
class CustomGeneratorTests {

	private static final Class<?>[] ENTITIES = { Coupon.class, Voucher.class };

	@Test
	void customGeneratorsAreSkippedNamingTheirClass() {
		TestDatabase database = EmbeddedPostgres.createDatabase("custom");
		database.execute("""
				create sequence voucher_seq increment 50;
				create table voucher (id bigint primary key);
				create sequence coupon_seq;
				create table coupon (id bigint primary key);
				insert into coupon (id) values (10), (20), (30);
				""");
		try (EngineFixture application = EngineFixture.start(database, ENTITIES)) {
			// what the generator really hands out: ten times the sequence's value
			Coupon coupon = new Coupon();
			Voucher voucher = new Voucher();
			database.execute("select setval('coupon_seq', 3)");
			insert(application.entityManagerFactory(), coupon);
			insert(application.entityManagerFactory(), voucher);
			assertThat(coupon.id).isEqualTo(40);
			assertThat(voucher.id % 10).isZero();

			SeqGuardReport report = application.guard().check();

			for (TargetReport custom : new TargetReport[] { target(report, "Coupon"), target(report, "Voucher") }) {
				assertThat(custom.status()).isEqualTo(TargetStatus.SKIPPED);
				assertThat(custom.identity().generator()).isEqualTo("custom");
				assertThat(custom.detail()).startsWith(
						"custom id generator dev.seqguard.mappings.custom.TenfoldSequenceGenerator (@IdGeneratorType or @GenericGenerator)");
			}
		}
	}

}
