package dev.seqguard.testsupport;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server is the PostgreSQL version this test run claims to test (see the
 * surefire executions in the pom), so that the compatibility table never names a version
 * that did not run.
 */
@OnEveryPostgresVersion
class ServerVersionTests {

	@Test
	void embeddedServerIsTheExpectedMajorVersion() {
		String expected = System.getProperty("seqguard.expected-postgres-major", "17");
		String version = new JdbcTemplate(EmbeddedPostgres.createDatabase("version").dataSource())
			.queryForObject("show server_version", String.class);
		System.out.println("Tests run on PostgreSQL " + version);

		assertThat(version).startsWith(expected + ".");
	}

}
