package dev.seqguard.h2;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * {@link H2DataJpaReportScenarios} in Boot 4's {@code @DataJpaTest}, on the embedded H2
 * it puts in place of the application's datasource.
 */
@DataJpaTest
class H2DataJpaReportTests extends H2DataJpaReportScenarios {

}
