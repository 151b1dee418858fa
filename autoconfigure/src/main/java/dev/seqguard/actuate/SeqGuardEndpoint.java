package dev.seqguard.actuate;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/seqguard} returns the latest report without touching the database; {@code POST} repairs
 * every drifted sequence now and returns the report after it.
 */
@Endpoint(id = "seqguard")
public class SeqGuardEndpoint {

	private final SequenceGuard guard;

	/**
	 * Creates the endpoint.
	 * @param guard the guard
	 */
	public SeqGuardEndpoint(SequenceGuard guard) {
		this.guard = guard;
	}

	/**
	 * Returns the latest report.
	 * @return the report
	 */
	@ReadOperation
	public SeqGuardReport report() {
		return this.guard.latestReport();
	}

	/**
	 * Repairs now.
	 * @return the report after the repair
	 */
	@WriteOperation
	public SeqGuardReport repair() {
		return this.guard.repair();
	}

}
