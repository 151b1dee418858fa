package dev.seqguard.report;

import dev.seqguard.settings.Switches;
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
	 * Logs every datasource of a report, naming no front end's switch.
	 * @param report the report
	 */
	public static void log(SeqGuardReport report) {
		log(report, Switches.NONE);
	}

	/**
	 * Logs every datasource of a report.
	 * @param report the report
	 * @param switches the front end's settings a line may point to
	 */
	public static void log(SeqGuardReport report, Switches switches) {
		for (DataSourceReport dataSource : report.dataSources()) {
			log(dataSource, switches);
		}
	}

	private static void log(DataSourceReport report, Switches switches) {
		switch (report.outcome()) {
			case NOT_POSTGRESQL -> logger.info(Messages.skipsDataSource(report));
			case FAILED -> logger.warn(Messages.couldNotCheckDataSource(report));
			case COMPLETED -> logCompleted(report, switches);
		}
	}

	private static void logCompleted(DataSourceReport report, Switches switches) {
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
			logger.info(Messages.unmappedSequences(report, switches));
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
