package dev.seqguard.h2;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Maps only {@link Gizmo}. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class GizmoConfiguration {

}
