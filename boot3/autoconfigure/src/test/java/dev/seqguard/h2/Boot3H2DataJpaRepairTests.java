package dev.seqguard.h2;

import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/**
 * {@link H2DataJpaRepairScenarios} in Boot 3's {@code @DataJpaTest}, on the embedded H2
 * it puts in place of the application's datasource.
 */
@DataJpaTest
class Boot3H2DataJpaRepairTests extends H2DataJpaRepairScenarios {

}
