package dev.seqguard.mappings.shared;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps this package's entities. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class SharedConfiguration {

}
