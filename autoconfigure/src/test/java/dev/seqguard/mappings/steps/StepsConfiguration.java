package dev.seqguard.mappings.steps;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = StepsConfiguration.class)
public class StepsConfiguration {

}
