package dev.seqguard.report;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes a check's report to the {@code dev.seqguard} log: one INFO summary per
 * datasource and one INFO line for the sequences it does not guard, one WARN per drifted
 * or failed target, DEBUG for skipped ones. The words are {@link Messages}'.
 */
public final class ReportLogger {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private ReportLogger() {
	}

	/**
	 * Logs every datasource of a report.
	 * @param report the report
	 */
	public static void log(SeqGuardReport report) {
		report.dataSources().forEach(ReportLogger::log);
	}

	/**
	 * Logs one datasource's report.
	 * @param report the report
	 */
	public static void log(DataSourceReport report) {
		switch (report.outcome()) {
			case NOT_POSTGRESQL -> logger.info(Messages.skipsDataSource(report));
			case FAILED -> logger.warn(Messages.couldNotCheckDataSource(report));
			case COMPLETED -> logCompleted(report);
		}
	}

	private static void logCompleted(DataSourceReport report) {
		for (TargetReport target : report.targets()) {
			String problem = Messages.problem(target);
			if (problem != null) {
				logger.warn(problem);
			}
			else if (logger.isDebugEnabled()) {
				logger.debug(describe(target));
			}
		}
		logger.info(Messages.checkedDataSource(report));
		if (!report.unmappedSequences().isEmpty()) {
			logger.info(Messages.unmappedSequences(report));
		}
	}

	/** The DEBUG line of a target that is neither drifted nor failed. */
	private static String describe(TargetReport target) {
		if (target instanceof TargetReport.Skipped skipped) {
			return Messages.skipsTarget(skipped);
		}
		if (target instanceof TargetReport.Checked checked && checked.status() == TargetStatus.OK) {
			return Messages.healthy(checked);
		}
		return Messages.repairedTarget(target);
	}

}
