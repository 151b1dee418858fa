package dev.seqguard;

import java.util.List;

import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.TargetReport;

/**
 * Thrown at startup in {@code seqguard.mode=fail} when a sequence is behind its table.
 */
public class SequenceDriftException extends RuntimeException {

	private final transient List<TargetReport> drifted;

	/**
	 * Creates an exception listing every drifted target.
	 * @param drifted the drifted targets
	 */
	public SequenceDriftException(List<TargetReport> drifted) {
		super(describe(drifted) + System.lineSeparator() + action());
		this.drifted = List.copyOf(drifted);
	}

	/**
	 * Returns the drifted targets.
	 * @return the targets
	 */
	public List<TargetReport> getDrifted() {
		return this.drifted;
	}

	/**
	 * Describes every drifted target, with the statement that fixes it.
	 * @param drifted the drifted targets
	 * @return one line per target after a heading
	 */
	public static String describe(List<TargetReport> drifted) {
		StringBuilder message = new StringBuilder().append(drifted.size())
			.append(drifted.size() == 1 ? " sequence is" : " sequences are")
			.append(" behind the data; the next inserts would fail with duplicate keys:");
		for (TargetReport target : drifted) {
			message.append(System.lineSeparator()).append("  - ").append(ReportLogger.describeDrift(target));
		}
		return message.toString();
	}

	/**
	 * Says what to do about drift.
	 * @return the action
	 */
	public static String action() {
		return "Repair them with the statements above, or start with seqguard.mode=repair to let SeqGuard move"
				+ " them forward safely (seqguard.mode=report only reports).";
	}

}
