package dev.seqguard.compatibility;

import org.hibernate.Version;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootVersion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests of this module run on Spring Boot 4.0 and its Hibernate 7.2, not on the line
 * the jar was built against.
 */
class Boot40LineTests {

	@Test
	void runsOnSpringBoot40AndHibernate72() {
		assertThat(SpringBootVersion.getVersion()).startsWith("4.0.");
		assertThat(Version.getVersionString()).startsWith("7.2.");
	}

}
