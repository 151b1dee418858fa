package dev.seqguard.cli;

import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetStatus;

/**
 * The command's exit code, from its report: what a CI pipeline branches on.
 */
final class ExitCodes {

	/** Every checked sequence is ahead of its table. */
	static final int HEALTHY = 0;

	/** A sequence is behind its table: found, or left after a repair that failed. */
	static final int DRIFT = 1;

	/**
	 * The database, or a table or sequence in it, could not be checked; also bad
	 * arguments.
	 */
	static final int NOT_CHECKED = 2;

	private ExitCodes() {
	}

	static int of(SeqGuardReport report) {
		if (report.dataSources()
			.stream()
			.anyMatch((dataSource) -> dataSource.outcome() != DataSourceReport.Outcome.COMPLETED)) {
			return NOT_CHECKED;
		}
		if (!report.drifted().isEmpty()) {
			return DRIFT;
		}
		boolean unchecked = report.targets().stream().anyMatch((target) -> target.status() == TargetStatus.ERROR);
		return unchecked ? NOT_CHECKED : HEALTHY;
	}

}
