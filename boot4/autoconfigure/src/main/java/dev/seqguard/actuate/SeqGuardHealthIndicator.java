package dev.seqguard.actuate;

import dev.seqguard.SequenceGuard;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code seqguard} health contributor on Spring Boot 4: {@link SeqGuardHealth} in
 * Boot 4's health types.
 */
public class SeqGuardHealthIndicator extends AbstractHealthIndicator {

	private final SequenceGuard guard;

	private final Status driftStatus;

	/**
	 * Creates the indicator.
	 * @param guard the guard
	 * @param driftStatus the status while a sequence is behind its table
	 */
	public SeqGuardHealthIndicator(SequenceGuard guard, Status driftStatus) {
		super("SeqGuard health check failed");
		this.guard = guard;
		this.driftStatus = driftStatus;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		SeqGuardHealth health = SeqGuardHealth.of(this.guard.latestReport(), this.driftStatus.getCode());
		builder.status(health.status()).withDetails(health.details());
	}

}
