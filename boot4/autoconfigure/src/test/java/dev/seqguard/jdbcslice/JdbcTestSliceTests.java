package dev.seqguard.jdbcslice;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * {@code @JdbcTest}: a slice with a DataSource and no entity manager factory, although
 * Hibernate is on the classpath. SeqGuard checks the search_path's tables from the
 * catalog.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class JdbcTestSliceTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("jdbctest");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute("""
				create table reading (id serial primary key);
				insert into reading (id) values (1), (2);
				""");
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	void driftIsReportedInTheSlice() {
		assertThat(this.guard.latestReport().drifted())
			.extracting((target) -> target.identity().table(), TargetReport::knownLag)
			.containsExactly(tuple("reading", 2L));
	}

	@SpringBootConfiguration
	static class Configuration {

	}

}
