package dev.seqguard.autoconfigure;

/**
 * The {@code seqguard.health.*} settings.
 */
public class SeqGuardHealthProperties {

	/**
	 * Status of the 'seqguard' health contributor while a sequence is behind its table.
	 */
	private DriftStatus driftStatus = DriftStatus.UP;

	public DriftStatus getDriftStatus() {
		return this.driftStatus;
	}

	public void setDriftStatus(DriftStatus driftStatus) {
		this.driftStatus = driftStatus;
	}

	/**
	 * Health status reported while a sequence drifts. Drift is a property of the shared
	 * database, not of one instance: a status that fails {@code /actuator/health} takes
	 * every instance out of its load balancer at once.
	 */
	public enum DriftStatus {

		/**
		 * Drift shows only in the details; {@code /actuator/health} keeps answering 200.
		 */
		UP,

		/** {@code OUT_OF_SERVICE}: 503 with Spring Boot's default status mapping. */
		OUT_OF_SERVICE,

		/** {@code DOWN}: 503 with Spring Boot's default status mapping. */
		DOWN

	}

}
