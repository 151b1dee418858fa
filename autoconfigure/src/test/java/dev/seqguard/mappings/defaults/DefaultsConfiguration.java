package dev.seqguard.mappings.defaults;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = DefaultsConfiguration.class)
public class DefaultsConfiguration {

}
