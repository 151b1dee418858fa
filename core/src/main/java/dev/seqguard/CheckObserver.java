package dev.seqguard;

import java.util.function.Supplier;

import dev.seqguard.report.DataSourceReport;

/**
 * Wraps the check (and, when asked, the repair) of one datasource, for example in a
 * Micrometer {@code Observation} so that a traced application sees it as a span.
 */
@FunctionalInterface
public interface CheckObserver {

	/** Runs the check as it is, observed by nobody. */
	CheckObserver NONE = (dataSourceName, repair, check) -> check.get();

	/**
	 * Runs the check of one datasource and returns its report.
	 * @param dataSourceName the datasource's name
	 * @param repair whether this run also repairs what it finds
	 * @param check the check itself; it may throw, and the exception must pass through
	 * @return the report the check returned
	 */
	DataSourceReport observe(String dataSourceName, boolean repair, Supplier<DataSourceReport> check);

}
