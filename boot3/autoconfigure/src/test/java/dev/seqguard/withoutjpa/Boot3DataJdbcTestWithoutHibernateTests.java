package dev.seqguard.withoutjpa;

import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;

/**
 * {@link DataJdbcTestWithoutHibernateScenarios} in Boot 3's {@code @DataJdbcTest}, on the
 * drifted PostgreSQL instead of an embedded replacement: SeqGuard joins the slice through
 * this line's {@code AutoConfigureDataJdbc.imports}.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class Boot3DataJdbcTestWithoutHibernateTests extends DataJdbcTestWithoutHibernateScenarios {

}
