package dev.seqguard.slices;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @DataJpaTest} on a real, drifted PostgreSQL in the default {@code report} mode:
 * the drift is reported when the test context starts, and again after an {@code @Sql}
 * fixture, before the test method runs.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=none")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ExtendWith(OutputCaptureExtension.class)
class DataJpaTestReportTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("slicereport");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(SliceApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	void driftInTheDatabaseIsReportedWhenTheTestContextStarts(CapturedOutput output) {
		assertThat(this.guard.latestReport().drifted())
			.extracting((entry) -> entry.identity().table(), TargetReport::knownLag)
			.contains(org.assertj.core.groups.Tuple.tuple("note", 2L));
		assertThat(output.getAll()).contains("Sequence drift on public.note.id");
	}

	@Test
	@Sql(statements = "insert into memo (id, text) values (1, 'fixture'), (2, 'fixture'), (3, 'fixture')")
	void driftWrittenByAnSqlFixtureIsReportedBeforeTheTestMethodRuns(CapturedOutput output) {
		assertThat(this.guard.latestReport().drifted())
			.extracting((entry) -> entry.identity().table(), TargetReport::knownLag)
			.contains(org.assertj.core.groups.Tuple.tuple("memo", 3L));
		assertThat(output.getAll()).contains("Sequence drift on public.memo.id");
	}

}
