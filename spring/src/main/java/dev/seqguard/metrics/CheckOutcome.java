package dev.seqguard.metrics;

import dev.seqguard.report.DataSourceReport;

/**
 * The {@code outcome} tag of a check: {@code success}, {@code error} when the datasource
 * could not be checked, {@code skipped} when it is not PostgreSQL.
 */
final class CheckOutcome {

	private CheckOutcome() {
	}

	static String of(DataSourceReport report) {
		return switch (report.outcome()) {
			case COMPLETED -> "success";
			case FAILED -> "error";
			case NOT_POSTGRESQL -> "skipped";
		};
	}

}
