package dev.seqguard;

import java.util.List;

import dev.seqguard.report.Messages;
import dev.seqguard.report.TargetReport;

/**
 * Thrown at startup in {@code seqguard.mode=fail} when a sequence is behind its table.
 */
public class SequenceDriftException extends RuntimeException {

	private final transient List<TargetReport.Checked> drifted;

	/**
	 * Creates an exception listing every drifted target.
	 * @param drifted the drifted targets
	 */
	public SequenceDriftException(List<TargetReport.Checked> drifted) {
		super(Messages.driftFound(drifted) + System.lineSeparator() + Messages.driftAction());
		this.drifted = List.copyOf(drifted);
	}

	/**
	 * Returns the drifted targets.
	 * @return the targets
	 */
	public List<TargetReport.Checked> getDrifted() {
		return this.drifted;
	}

}
