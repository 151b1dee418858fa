package dev.seqguard.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.PrintableText;
import dev.seqguard.report.Reading;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code seqguard} health contributor says about the latest report, without
 * Spring Boot's health types (they moved packages between Boot 3 and 4, so each line has
 * a small {@code SeqGuardHealthIndicator} around this).
 * <p>
 * Drift is a property of the shared database, not of one instance, so by default it
 * leaves the status {@code UP} (every instance failing {@code /actuator/health} at once
 * would take the whole fleet out of its load balancer for a problem that breaks inserts
 * into one table); the status while drifting is configurable. {@code UNKNOWN} when the
 * latest check could not run or none has run yet. Reads the latest report: a health probe
 * never runs SQL.
 *
 * @param status the status code ({@code UP}, {@code UNKNOWN} or the drift status)
 * @param details the drifted and nearly exhausted targets, the failed data sources
 */
public record SeqGuardHealth(String status, Map<String, Object> details) {

	/** The status code Spring Boot uses for a healthy component. */
	public static final String UP = "UP";

	/** The status code Spring Boot uses when the state is not known. */
	public static final String UNKNOWN = "UNKNOWN";

	/**
	 * Judges a report.
	 * @param report the latest report
	 * @param driftStatus the status code while a sequence is behind its table
	 * @return the status and its details
	 */
	public static SeqGuardHealth of(SeqGuardReport report, String driftStatus) {
		if (report.dataSources().isEmpty()) {
			return new SeqGuardHealth(UNKNOWN, Map.of("reason", "no check has run yet"));
		}
		List<DataSourceReport> failed = report.failed();
		List<TargetReport.Checked> drifted = report.drifted();
		String status;
		if (!drifted.isEmpty() && !UP.equals(driftStatus)) {
			status = driftStatus;
		}
		else {
			status = failed.isEmpty() ? UP : UNKNOWN;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("drifted", drifted.stream().map(SeqGuardHealth::describe).toList());
		details.put("nearingExhaustion",
				report.targets().stream().map(SeqGuardHealth::nearingExhaustion).filter(Objects::nonNull).toList());
		if (!failed.isEmpty()) {
			details.put("failed",
					failed.stream()
						.map((dataSource) -> PrintableText.of(dataSource.dataSourceName() + ": " + dataSource.detail()))
						.toList());
		}
		return new SeqGuardHealth(status, details);
	}

	private static String describe(TargetReport.Checked target) {
		return PrintableText.of(target.identity().qualifiedTable() + "." + target.identity().column() + " ("
				+ target.identity().sequence() + ", lag " + target.lag() + ")");
	}

	private static @Nullable String nearingExhaustion(TargetReport target) {
		Reading reading = target.knownReading();
		return (reading != null && reading.nearingExhaustion()) ? PrintableText.of(target.identity().qualifiedTable()
				+ " (" + target.identity().sequence() + ", usage " + reading.usage() + ")") : null;
	}

}
