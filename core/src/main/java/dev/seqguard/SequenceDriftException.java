package dev.seqguard;

import java.util.List;

import dev.seqguard.report.Messages;
import dev.seqguard.settings.Switches;
import dev.seqguard.report.TargetReport;

/**
 * Thrown at startup in the starter's {@code fail} mode when a sequence is behind its
 * table.
 */
public class SequenceDriftException extends RuntimeException {

	private final transient List<TargetReport.Checked> drifted;

	/**
	 * Creates an exception listing every drifted target.
	 * @param drifted the drifted targets
	 * @param switches the front end's settings that repair or only report
	 */
	public SequenceDriftException(List<TargetReport.Checked> drifted, Switches switches) {
		super(Messages.driftFound(drifted) + System.lineSeparator() + Messages.driftAction(switches));
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
