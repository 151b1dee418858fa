package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceGuard;
import dev.seqguard.metrics.SeqGuardMetrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Publishes SeqGuard's meters when Micrometer is on the classpath; a {@code MeterBinder}
 * bean is bound to every registry by Spring Boot's metrics auto-configuration.
 */
@AutoConfiguration(after = SeqGuardAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.binder.MeterBinder")
@ConditionalOnBean(SequenceGuard.class)
public final class SeqGuardMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SeqGuardMetrics seqGuardMetrics(SequenceGuard sequenceGuard) {
		return new SeqGuardMetrics(sequenceGuard);
	}

}
