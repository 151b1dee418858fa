package dev.seqguard.mappings.custom;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = CustomConfiguration.class)
public class CustomConfiguration {

}
