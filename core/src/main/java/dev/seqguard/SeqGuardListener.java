package dev.seqguard;

import dev.seqguard.report.DataSourceReport;

/**
 * Told about every check and every repair a {@link SequenceGuard} runs, for example to
 * publish metrics.
 */
public interface SeqGuardListener {

	/**
	 * Called after each check of a datasource, with its final report (after any repair).
	 * @param report the report
	 */
	void checked(DataSourceReport report);

	/**
	 * Called after a repair of a datasource.
	 * @param before the report of the check that found the drift
	 * @param after the report after the repairs
	 */
	default void repaired(DataSourceReport before, DataSourceReport after) {
	}

}
