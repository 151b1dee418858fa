package dev.seqguard.mismatch;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Parcel}. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Parcel.class)
public class ParcelConfiguration {

}
