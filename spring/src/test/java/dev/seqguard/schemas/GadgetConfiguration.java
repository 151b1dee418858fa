package dev.seqguard.schemas;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Gadget}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class GadgetConfiguration {

}
