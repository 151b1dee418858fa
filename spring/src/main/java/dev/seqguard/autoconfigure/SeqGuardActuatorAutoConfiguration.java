package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceGuard;
import dev.seqguard.actuate.SeqGuardEndpoint;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code seqguard} actuator endpoint, when Actuator is present and the endpoint is
 * available. (The health indicator is configured by each Boot line's
 * {@code SeqGuardHealthAutoConfiguration}: the health API moved in Boot 4.)
 */
@AutoConfiguration(after = SeqGuardAutoConfiguration.class)
@ConditionalOnBean(SequenceGuard.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
public final class SeqGuardActuatorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnAvailableEndpoint
	SeqGuardEndpoint seqGuardEndpoint(SequenceGuard sequenceGuard) {
		return new SeqGuardEndpoint(sequenceGuard);
	}

}
