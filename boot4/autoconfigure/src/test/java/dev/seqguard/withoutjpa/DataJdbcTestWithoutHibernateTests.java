package dev.seqguard.withoutjpa;

import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * {@link DataJdbcTestWithoutHibernateScenarios} in Boot 4's {@code @DataJdbcTest}, on the
 * drifted PostgreSQL instead of an embedded replacement.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJdbcTestWithoutHibernateTests extends DataJdbcTestWithoutHibernateScenarios {

}
