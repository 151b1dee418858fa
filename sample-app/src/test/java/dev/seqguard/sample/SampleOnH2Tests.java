package dev.seqguard.sample;

import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's story on H2, next to {@link SampleApplicationTests} on PostgreSQL: the
 * same migrations on an H2 URL (as a test suite on H2 runs them) leave the same four
 * sequences behind, with the same lags, and {@code repair} mode lets the first inserts
 * succeed.
 */
@ExtendWith(OutputCaptureExtension.class)
class SampleOnH2Tests {

	@Test
	void reportModeFindsTheSameDriftOnH2AsOnPostgreSql(CapturedOutput output) {
		try (ConfigurableApplicationContext context = run("report", "--seqguard.mode=report")) {
			List<TargetReport.Checked> drifted = context.getBean(SequenceGuard.class).latestReport().drifted();
			assertThat(drifted).extracting((entry) -> entry.identity().table(), TargetReport.Checked::lag)
				.containsExactlyInAnyOrder(Tuple.tuple("CATEGORY", 3L), Tuple.tuple("PRODUCT", 120L),
						Tuple.tuple("AUTHOR", 2L), Tuple.tuple("BOOK", 10L));
		}
		assertThat(output.getAll()).contains("Sequence drift on PUBLIC.CATEGORY.id")
			.contains("ALTER TABLE \"PUBLIC\".\"CATEGORY\" ALTER COLUMN \"ID\" RESTART WITH 4");
	}

	@Test
	void repairModeLetsTheFirstInsertsSucceedOnH2() {
		try (ConfigurableApplicationContext context = run("repair")) {
			assertThat(context.getBean(SequenceGuard.class).latestReport().drifted()).isEmpty();
			assertThat(context.getBean(CategoryRepository.class).save(new Category("Games")).getId()).isEqualTo(4);
			assertThat(context.getBean(ProductRepository.class).save(new Product("New")).getId()).isEqualTo(121);
			assertThat(context.getBean(AuthorRepository.class).save(new Author("Alan")).getId()).isEqualTo(11);
			assertThat(context.getBean(BookRepository.class).save(new Book("New book")).getId()).isGreaterThan(10);
		}
	}

	private static ConfigurableApplicationContext run(String database, String... arguments) {
		String[] all = new String[arguments.length + 5];
		all[0] = "--spring.datasource.url=jdbc:h2:mem:sample-" + database + ";MODE=PostgreSQL";
		all[1] = "--spring.datasource.username=sa";
		// H2 stores the migration's text columns as CLOB, which Hibernate's validation
		// would reject
		all[2] = "--spring.jpa.hibernate.ddl-auto=none";
		all[3] = "--server.port=0";
		all[4] = "--seqguard.refresh-interval=0";
		System.arraycopy(arguments, 0, all, 5, arguments.length);
		return SpringApplication.run(SampleApplication.class, all);
	}

}
