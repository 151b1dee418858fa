package dev.seqguard.report;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Writes a check's report to the {@code dev.seqguard} log: one INFO summary per
 * datasource, one WARN per drifted or failed target, DEBUG for skipped ones.
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
			case NOT_POSTGRESQL ->
				logger.info("SeqGuard skips datasource '" + report.dataSource() + "': " + report.detail());
			case FAILED ->
				logger.warn("SeqGuard could not check datasource '" + report.dataSource() + "': " + report.detail());
			case COMPLETED -> logCompleted(report);
		}
	}

	private static void logCompleted(DataSourceReport report) {
		for (TargetReport target : report.targets()) {
			switch (target.status()) {
				case DRIFT -> logger.warn(describeDrift(target));
				case REPAIRED -> logger.debug("SeqGuard repaired " + describeColumn(target) + ": " + target.detail());
				case ERROR -> logger.warn(describeError(target));
				case SKIPPED -> {
					if (logger.isDebugEnabled()) {
						logger.debug("SeqGuard skips " + describeColumn(target) + " (entity " + target.entity() + "): "
								+ target.detail());
					}
				}
				case OK -> {
					if (logger.isDebugEnabled()) {
						logger.debug("SeqGuard: " + describeColumn(target) + " " + target.status() + ", next id "
								+ target.firstId() + ", max id " + target.maxId());
					}
				}
			}
		}
		logger.info("SeqGuard checked datasource '" + report.dataSource() + "': " + report.targets().size()
				+ " targets, " + report.drifted().size() + " drifted, "
				+ report.withStatus(TargetStatus.REPAIRED).size() + " repaired, "
				+ report.withStatus(TargetStatus.SKIPPED).size() + " skipped, "
				+ report.withStatus(TargetStatus.ERROR).size() + " errors in " + report.duration().toMillis() + " ms");
	}

	/**
	 * Describes a drifted target: table, column, sequence, max id, next id, lag and the
	 * fix.
	 * @param target a drifted target
	 * @return one line
	 */
	public static String describeDrift(TargetReport target) {
		return "Sequence drift on " + describeColumn(target) + ": sequence " + target.sequence() + " ("
				+ target.optimizer() + ") hands out id " + target.firstId() + " next (nextval " + target.nextId()
				+ ") but the table holds id " + target.maxId() + ", lag " + target.lag() + "; fix: " + target.detail();
	}

	/**
	 * Describes a target that could not be checked: table, column, the error and what to
	 * do.
	 * @param target a target in error
	 * @return one line
	 */
	public static String describeError(TargetReport target) {
		return "SeqGuard could not check " + describeColumn(target) + ": " + target.detail();
	}

	private static String describeColumn(TargetReport target) {
		return target.qualifiedTable() + ((target.column() != null) ? "." + target.column() : "");
	}

}
