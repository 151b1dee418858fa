package dev.seqguard.testsupport;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each execution runs on the Hibernate it names: 6 in the default one, 7 in
 * {@code hibernate-7}, where the Boot 4 line's jars replace Hibernate 6.6.
 */
@OnEveryHibernateVersion
class HibernateLineTests {

	@Test
	void runsOnTheHibernateTheExecutionNames() {
		int expected = Integer.parseInt(System.getProperty("seqguard.expected-hibernate-major", "6"));

		assertThat(HibernateVersion.major()).isEqualTo(expected);
	}

}
