package dev.seqguard.slices;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;

/**
 * {@link DataJpaTestRepairScenarios} in Boot 4's {@code @DataJpaTest}, on the drifted
 * PostgreSQL instead of an embedded replacement.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaTestRepairTests extends DataJpaTestRepairScenarios {

}
