package dev.seqguard.r2dbc;

import dev.seqguard.SequenceGuard;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The R2DBC application on a classpath without PostgreSQL's JDBC driver (surefire's
 * {@code without-jdbc-driver} execution): one INFO line says what to add, nothing is
 * checked and the application starts.
 */
@Tag("without-jdbc-driver")
@ExtendWith(OutputCaptureExtension.class)
class WithoutJdbcDriverTests {

	@Test
	void oneInfoLineSaysWhatToAddAndTheApplicationStarts(CapturedOutput output) {
		assertThat(ClassUtils.isPresent("org.postgresql.Driver", null)).as("PostgreSQL's JDBC driver").isFalse();
		try (ConfigurableApplicationContext context = SpringApplication.run(ReadingsApplication.class,
				"--spring.r2dbc.url=r2dbc:postgresql://localhost:5432/readings", "--spring.r2dbc.username=readings",
				"--seqguard.refresh-interval=0")) {
			assertThat(context.isActive()).isTrue();
			assertThat(context.getBean(SequenceGuard.class).dataSources()).isEmpty();
		}
		assertThat(output.getAll().lines().filter((line) -> line.contains("JDBC driver"))).singleElement()
			.asString()
			.contains("INFO")
			.contains("SeqGuard cannot check seqguard.datasource (jdbc:postgresql://localhost:5432/readings)")
			.contains("add org.postgresql:postgresql");
	}

}
