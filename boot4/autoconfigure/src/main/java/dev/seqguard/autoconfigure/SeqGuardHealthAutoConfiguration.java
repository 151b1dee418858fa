package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceGuard;
import dev.seqguard.actuate.SeqGuardHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The {@code seqguard} health contributor on Spring Boot 4, when its health API is
 * present and {@code management.health.seqguard.enabled} is not {@code false}.
 */
@AutoConfiguration(after = SeqGuardAutoConfiguration.class)
@ConditionalOnBean(SequenceGuard.class)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public final class SeqGuardHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "seqguardHealthIndicator")
	@ConditionalOnEnabledHealthIndicator("seqguard")
	SeqGuardHealthIndicator seqguardHealthIndicator(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
		return new SeqGuardHealthIndicator(sequenceGuard, new Status(properties.getHealth().getDriftStatus().name()));
	}

}
