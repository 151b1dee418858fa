package dev.seqguard.mappings.composite;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = CompositeConfiguration.class)
public class CompositeConfiguration {

}
