package dev.seqguard.property;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps the property tests' entities, one per generator configuration. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class PropertyEntities {

}
