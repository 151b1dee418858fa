package dev.seqguard.sample;

import java.nio.file.Path;
import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as a user runs it: its migration leaves four sequences behind their tables.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Test
	void reportModeLogsOneWarningPerDriftedTableWithItsExactLagAndStarts(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--seqguard.mode=report", "--server.port=0")) {
			assertThat(context.isActive()).isTrue();
			List<TargetReport.Checked> drifted = context.getBean(SequenceGuard.class).latestReport().drifted();
			assertThat(drifted).extracting((entry) -> entry.identity().table(), TargetReport.Checked::lag)
				.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("category", 3L),
						org.assertj.core.groups.Tuple.tuple("product", 120L),
						org.assertj.core.groups.Tuple.tuple("author", 2L),
						org.assertj.core.groups.Tuple.tuple("book", 10L));
		}
		List<String> warnings = output.getAll().lines().filter((line) -> line.contains(" WARN ")).toList();
		assertThat(warnings).filteredOn((line) -> line.contains("Sequence drift on")).hasSize(4);
		assertThat(warnings).anySatisfy((line) -> assertThat(line).contains("public.category.id").contains("lag 3"));
		assertThat(warnings).anySatisfy((line) -> assertThat(line).contains("public.product.id").contains("lag 120"));
		assertThat(warnings).anySatisfy((line) -> assertThat(line).contains("public.author.id").contains("lag 2"));
		assertThat(warnings).anySatisfy((line) -> assertThat(line).contains("public.book.id").contains("lag 10"));
	}

	@Test
	void repairModeRepairsBeforeTheAppTakesTrafficAndTheFirstInsertsSucceed(CapturedOutput output) {
		try (ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				"--server.port=0")) {
			assertThat(context.getBean(SequenceGuard.class).latestReport().drifted()).isEmpty();
			assertThat(context.getBean(CategoryRepository.class).save(new Category("Games")).getId()).isEqualTo(4);
			assertThat(context.getBean(ProductRepository.class).save(new Product("New")).getId()).isEqualTo(121);
			assertThat(context.getBean(AuthorRepository.class).save(new Author("Alan")).getId()).isEqualTo(11);
			assertThat(context.getBean(BookRepository.class).save(new Book("New book")).getId()).isGreaterThan(10);
		}
		assertThat(output.getAll())
			.contains("SeqGuard repaired sequence public.category_id_seq (public.category):" + " next value 1 -> 4");
	}

	@Test
	void failModeExitsNonZeroNamingEveryDriftedTable(@TempDir Path directory) throws Exception {
		ChildJvm run = ChildJvm.runSample(ChildJvm.testClasspath(), directory, "--seqguard.mode=fail",
				"--spring.main.banner-mode=off", "--server.port=0");

		assertThat(run.exitCode()).as(run.output()).isNotZero();
		assertThat(run.output()).contains("4 sequences are behind the data")
			.contains("public.category.id")
			.contains("public.product.id")
			.contains("public.author.id")
			.contains("public.book.id")
			.contains("seqguard.mode=repair");
	}

}
