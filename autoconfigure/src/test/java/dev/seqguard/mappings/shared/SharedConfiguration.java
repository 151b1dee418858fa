package dev.seqguard.mappings.shared;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = SharedConfiguration.class)
public class SharedConfiguration {

}
