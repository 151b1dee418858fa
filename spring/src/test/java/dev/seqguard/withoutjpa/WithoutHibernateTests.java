package dev.seqguard.withoutjpa;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A Spring Data JDBC application on a classpath without Hibernate or JPA (the
 * {@code without-hibernate} surefire execution): SeqGuard checks every sequence-backed
 * column of the connection's search_path, from the catalog, at startup.
 */
@Tag("without-hibernate")
@SpringBootTest(classes = JdbcApplication.class, properties = "seqguard.refresh-interval=0")
@ExtendWith(OutputCaptureExtension.class)
class WithoutHibernateTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("nohibernate");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(JdbcApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	void theClasspathHasNoHibernateAndNoJpa() {
		assertThat(ClassUtils.isPresent("org.hibernate.engine.spi.SessionFactoryImplementor", null)).isFalse();
		assertThat(ClassUtils.isPresent("jakarta.persistence.EntityManagerFactory", null)).isFalse();
	}

	@Test
	void driftOfTheSearchPathsTablesIsReportedAtStartup(CapturedOutput output) {
		assertThat(this.guard.latestReport().targets())
			.extracting((target) -> target.identity().qualifiedTable(), TargetReport::status, TargetReport::knownLag)
			.containsExactly(tuple("public.parcel", TargetStatus.DRIFT, 3L),
					tuple("public.shelf", TargetStatus.OK, 0L));
		assertThat(output.getAll()).contains("Sequence drift on public.parcel.id: sequence public.parcel_id_seq");
	}

}
