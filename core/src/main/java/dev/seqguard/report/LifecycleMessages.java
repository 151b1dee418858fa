package dev.seqguard.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import dev.seqguard.settings.Switches;

/**
 * The sentences about when and where SeqGuard checks, in one place as {@link Messages}
 * holds those about targets and repairs: re-checks and their failures, datasources found
 * or not reachable. The lines about a front end's own settings are that front end's.
 * Every line passes through {@link PrintableText}.
 */
public final class LifecycleMessages {

	private LifecycleMessages() {
	}

	/**
	 * The DEBUG line when the periodic re-check is scheduled: every how long, and when
	 * the first one runs.
	 */
	public static String recheckScheduled(Duration interval, Instant first) {
		return "SeqGuard re-checks every " + interval.toString().substring(2).toLowerCase(Locale.ROOT)
				+ ", the first at " + first.truncatedTo(ChronoUnit.SECONDS);
	}

	/**
	 * The INFO line when tables that did not exist at the previous check (a migration
	 * still running) exist and were checked.
	 */
	public static String missingTablesChecked(Collection<String> tables) {
		return PrintableText.of("SeqGuard checked " + tables.size() + (tables.size() == 1 ? " table" : " tables")
				+ " that did not exist at the previous check: " + String.join(", ", tables));
	}

	/** The WARN line when a re-check failed as a whole; the next one tries again. */
	public static String recheckFailed() {
		return "SeqGuard re-check failed";
	}

	/**
	 * The WARN line for the first failure of a datasource's streak of failed re-checks.
	 * @param report the failed datasource's report
	 * @param checksToRecover re-checks in a row that must succeed to end the streak
	 * @return one line
	 */
	public static String recheckOfDataSourceFailed(DataSourceReport report, int checksToRecover) {
		return PrintableText.of("SeqGuard re-check of datasource '" + report.dataSourceName() + "' failed: "
				+ report.detail() + " (logged once until " + checksToRecover
				+ " re-checks in a row succeed; gauges read NaN meanwhile)");
	}

	/** The INFO line that ends a datasource's streak of failed re-checks. */
	public static String recheckWorksAgain(String dataSourceName) {
		return PrintableText.of("SeqGuard re-check of datasource '" + dataSourceName + "' works again");
	}

	/**
	 * The DEBUG line, with the stack trace, when a datasource's check failed
	 * unexpectedly.
	 */
	public static String failedOnDataSource(String dataSourceName) {
		return PrintableText.of("SeqGuard failed on datasource '" + dataSourceName + "'");
	}

	/** The detail of a datasource's report when its check failed unexpectedly. */
	public static String failedUnexpectedly(Throwable failure) {
		return PrintableText.of("SeqGuard failed unexpectedly: " + failure);
	}

	/**
	 * The INFO line, once, for entity tables that exist in the tenant schemas only (not
	 * where the mapping points).
	 */
	public static String checkedOnlyInTenantSchemas(String dataSourceName, List<String> tables, Switches switches) {
		String tenantSchemas = switches.tenantSchemas();
		return "SeqGuard checks " + tables.size() + (tables.size() == 1 ? " entity table" : " entity tables")
				+ " of datasource '" + dataSourceName + "' in the tenant schemas only"
				+ ((tenantSchemas != null) ? " (" + tenantSchemas + ")" : "")
				+ ", none exists where the mapping points: " + String.join(", ", tables);
	}

	/**
	 * The INFO line for SeqGuard's own connection (an R2DBC application) without
	 * PostgreSQL's JDBC driver: what to add.
	 */
	public static String needsJdbcDriver(String dataSourceName, String url) {
		return "SeqGuard cannot check " + dataSourceName + " (" + url + "): PostgreSQL's JDBC driver is not on the"
				+ " classpath; add org.postgresql:postgresql (runtime scope) to check this application's sequences";
	}

	/** The INFO line for an entity manager factory whose datasource is not known. */
	public static String skipsEntityManagerFactory(String name) {
		return PrintableText.of("SeqGuard skips entity manager factory '" + name + "': its DataSource is not known");
	}

}
