package dev.seqguard.schemas;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Gadget}. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Gadget.class)
public class GadgetConfiguration {

}
