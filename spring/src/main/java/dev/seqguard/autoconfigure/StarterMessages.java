package dev.seqguard.autoconfigure;

import java.time.Duration;

import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.PrintableText;

/**
 * The starter's own lines, about what only the starter has: its modes, its datasources
 * and its re-checks. The engine's lines name the starter's properties through
 * {@link PropertySwitches}.
 */
final class StarterMessages {

	private StarterMessages() {
	}

	/**
	 * The detail of a datasource whose re-check did not answer within the statement
	 * timeout.
	 */
	static String noAnswerWithin(Duration statementTimeout) {
		return "no answer within seqguard.statement-timeout (" + statementTimeout.toMillis()
				+ " ms): the re-check still waits for a connection or for the database, and no other starts"
				+ " until it ends";
	}

	/**
	 * The WARN line when the startup check failed unexpectedly in a mode that never stops
	 * the application.
	 */
	static String startupCheckFailed(String mode, Throwable failure) {
		return PrintableText.of("SeqGuard failed unexpectedly and stays out of the way (seqguard.mode=" + mode
				+ " never stops the application): " + failure);
	}

	/**
	 * The message that stops startup in {@code fail} mode when a datasource could not be
	 * checked.
	 */
	static String failModeNeedsACheck(DataSourceReport report) {
		return PrintableText.of("SeqGuard could not check datasource '" + report.dataSourceName() + "' ("
				+ report.detail() + ") and seqguard.mode=fail requires a successful check");
	}

	/** The WARN line for a seqguard.datasource.url the JDBC driver rejects. */
	static String badOwnDataSourceUrl(String url) {
		return "SeqGuard cannot check seqguard.datasource: " + url + " is not a PostgreSQL JDBC URL; set"
				+ " seqguard.datasource.url to jdbc:postgresql://host:port/database";
	}

	/** The INFO line for a datasource bean that seqguard.datasources.exclude names. */
	static String leavesOutDataSource(String beanName, String pattern) {
		return "SeqGuard leaves out datasource '" + beanName + "' (seqguard.datasources.exclude: " + pattern + ")";
	}

}
