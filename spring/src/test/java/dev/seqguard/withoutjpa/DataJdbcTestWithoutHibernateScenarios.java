package dev.seqguard.withoutjpa;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A {@code @DataJdbcTest} without Hibernate on the classpath: SeqGuard runs in the slice
 * and reports drift, also drift an {@code @Sql} fixture wrote before the test method.
 * Written once for both Boot lines: each line's subclass adds its own
 * {@code @DataJdbcTest} (the annotation's package moved in Boot 4) on the real database
 * ({@code @AutoConfigureTestDatabase(replace = NONE)}).
 */
@Tag("without-hibernate")
abstract class DataJdbcTestWithoutHibernateScenarios {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("datajdbctest");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(JdbcApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	@Sql(statements = "insert into shelf (id, label) overriding system value values (5, 'fixture')")
	void driftIsReportedInTheSliceAfterTheSqlFixture() {
		assertThat(this.guard.latestReport().drifted())
			.extracting((target) -> target.identity().table(), TargetReport::knownLag)
			.containsExactly(tuple("parcel", 3L), tuple("shelf", 4L));
	}

}
