package dev.seqguard.mismatch;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Parcel}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class ParcelConfiguration {

}
