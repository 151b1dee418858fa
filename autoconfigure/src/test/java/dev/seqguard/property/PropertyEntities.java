package dev.seqguard.property;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps the property tests' entities, one per generator configuration. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = PropertyEntities.class)
public class PropertyEntities {

}
