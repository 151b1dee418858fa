package dev.seqguard.h2;

import dev.seqguard.SequenceGuard;
import dev.seqguard.h2.H2Application.Categories;
import dev.seqguard.h2.H2Application.Category;
import dev.seqguard.h2.H2Application.Tag;
import dev.seqguard.h2.H2Application.Tags;
import dev.seqguard.report.TargetReport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The story on H2 in a {@code @DataJpaTest} with its default embedded replacement, in the
 * default {@code report} mode: {@code data.sql} wrote ids 1 and 2 into {@code category},
 * SeqGuard reports the exact lag of every table when the test context starts and changes
 * nothing, so the next save still fails as it would without SeqGuard. Written once for
 * both Boot lines: each line's subclass adds its own {@code @DataJpaTest}.
 */
@TestPropertySource(properties = { "spring.jpa.defer-datasource-initialization=true",
		"spring.sql.init.data-locations=classpath:h2/data.sql", "seqguard.refresh-interval=0" })
@ExtendWith(OutputCaptureExtension.class)
abstract class H2DataJpaReportScenarios {

	@Autowired
	SequenceGuard guard;

	@Autowired
	Categories categories;

	@Autowired
	Tags tags;

	@Test
	void theStoryIsReportedWithTheExactLagOfEveryTableWhenTheTestContextStarts(CapturedOutput output) {
		assertThat(this.guard.latestReport().drifted())
			.extracting((entry) -> entry.identity().table(), TargetReport::knownLag)
			.containsExactlyInAnyOrder(Tuple.tuple("CATEGORY", 2L), Tuple.tuple("VISIT", 3L), Tuple.tuple("OWNER", 4L));
		assertThat(output.getAll()).contains("WARN")
			.contains("Sequence drift on PUBLIC.CATEGORY.id")
			.contains("lag 2; fix: ALTER TABLE \"PUBLIC\".\"CATEGORY\" ALTER COLUMN \"ID\" RESTART WITH 3;")
			.contains("fix: ALTER SEQUENCE \"PUBLIC\".\"VISIT_SEQ\" RESTART WITH 53;")
			.contains("fix: ALTER SEQUENCE \"PUBLIC\".\"OWNER_SEQ\" RESTART WITH 5;");
	}

	@Test
	void theNextSaveStillFailsBecauseReportModeChangesNothing() {
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.categories.saveAndFlush(new Category("from the test")));
	}

	@Test
	@Sql(statements = "insert into tag (id, label) values (1, 'fixture'), (2, 'fixture'), (3, 'fixture')")
	void driftWrittenByAnSqlFixtureInTheTestTransactionIsReportedBeforeTheTestMethodRuns() {
		assertThat(this.guard.latestReport().drifted())
			.extracting((entry) -> entry.identity().table(), TargetReport::knownLag)
			.contains(Tuple.tuple("TAG", 3L));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.tags.saveAndFlush(new Tag("from the test")));
	}

}
