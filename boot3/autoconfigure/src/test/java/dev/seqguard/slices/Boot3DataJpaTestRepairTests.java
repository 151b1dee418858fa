package dev.seqguard.slices;

import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/**
 * {@link DataJpaTestRepairScenarios} in Boot 3's {@code @DataJpaTest}, on the drifted
 * PostgreSQL instead of an embedded replacement: SeqGuard joins the slice through this
 * line's {@code AutoConfigureDataJpa.imports}.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class Boot3DataJpaTestRepairTests extends DataJpaTestRepairScenarios {

}
