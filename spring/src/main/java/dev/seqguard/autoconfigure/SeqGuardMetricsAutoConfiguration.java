package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceGuard;
import dev.seqguard.metrics.SeqGuardMetrics;
import dev.seqguard.metrics.SeqGuardObservations;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Publishes SeqGuard's meters when Micrometer is on the classpath; a {@code MeterBinder}
 * bean is bound to every registry by Spring Boot's metrics auto-configuration. With an
 * {@link ObservationRegistry} bean each check and repair is also an observation, which
 * then times the checks in place of the meters' own timer (one {@code seqguard.check}
 * timer, never two with different tags).
 */
@AutoConfiguration(after = SeqGuardAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
				"org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration" })
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
@ConditionalOnBean(SequenceGuard.class)
public final class SeqGuardMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(ObservationRegistry.class)
	SeqGuardObservations seqGuardObservations(SequenceGuard sequenceGuard, ObservationRegistry registry) {
		return new SeqGuardObservations(sequenceGuard, registry);
	}

	@Bean
	@ConditionalOnMissingBean
	SeqGuardMetrics seqGuardMetrics(SequenceGuard sequenceGuard, ObjectProvider<SeqGuardObservations> observations) {
		return new SeqGuardMetrics(sequenceGuard, observations.getIfAvailable() == null);
	}

}
