package dev.seqguard.mappings.longnames;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = LongNamesConfiguration.class)
public class LongNamesConfiguration {

}
