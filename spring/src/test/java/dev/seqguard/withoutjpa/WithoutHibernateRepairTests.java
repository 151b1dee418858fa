package dev.seqguard.withoutjpa;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.withoutjpa.JdbcApplication.Parcel;
import dev.seqguard.withoutjpa.JdbcApplication.Parcels;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * {@code seqguard.mode=repair} in a Spring Data JDBC application without Hibernate, with
 * {@code seqguard.catalog.schemas} naming the schemas: the drifted sequences of both are
 * repaired before the application inserts.
 */
@Tag("without-hibernate")
@SpringBootTest(classes = JdbcApplication.class,
		properties = { "seqguard.refresh-interval=0", "seqguard.mode=repair", "seqguard.catalog.schemas=public,hid*" })
class WithoutHibernateRepairTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("nohibernaterepair");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(JdbcApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	Parcels parcels;

	@Test
	void driftedSequencesOfTheCatalogSchemasAreRepairedBeforeTheFirstInsert() {
		assertThat(this.guard.latestReport().targets())
			.extracting((target) -> target.identity().qualifiedTable(), TargetReport::status)
			.containsExactly(tuple("hidden.crate", TargetStatus.REPAIRED),
					tuple("public.parcel", TargetStatus.REPAIRED), tuple("public.shelf", TargetStatus.OK));
		assertThat(this.parcels.save(new Parcel(null, "new")).id()).isEqualTo(4);
	}

}
