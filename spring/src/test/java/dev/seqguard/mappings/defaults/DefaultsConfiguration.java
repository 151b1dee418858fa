package dev.seqguard.mappings.defaults;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class DefaultsConfiguration {

}
