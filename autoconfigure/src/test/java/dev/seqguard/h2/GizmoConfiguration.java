package dev.seqguard.h2;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Gizmo}. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = Gizmo.class)
public class GizmoConfiguration {

}
