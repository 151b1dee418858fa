package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceGuard;
import dev.seqguard.actuate.SeqGuardEndpoint;
import dev.seqguard.actuate.SeqGuardHealthIndicator;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code seqguard} actuator endpoint and health indicator, each only when Actuator is
 * present and it is enabled.
 */
@AutoConfiguration(after = SeqGuardAutoConfiguration.class)
@ConditionalOnBean(SequenceGuard.class)
public final class SeqGuardActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
	static class EndpointConfiguration {

		@Bean
		@ConditionalOnMissingBean
		@ConditionalOnAvailableEndpoint
		SeqGuardEndpoint seqGuardEndpoint(SequenceGuard sequenceGuard) {
			return new SeqGuardEndpoint(sequenceGuard);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "seqguardHealthIndicator")
		@ConditionalOnEnabledHealthIndicator("seqguard")
		SeqGuardHealthIndicator seqguardHealthIndicator(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
			return new SeqGuardHealthIndicator(sequenceGuard,
					new Status(properties.getHealth().getDriftStatus().name()));
		}

	}

}
