package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.MissingTables;
import dev.seqguard.report.SeqGuardReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * When the next re-check runs while a checked table does not exist yet (a migration that
 * runs in the background, as JHipster's asynchronous Liquibase, creates it after the
 * startup check): soon, after {@link #FIRST_DELAY}, then twice as long each time, at most
 * {@link #LONGEST_DELAY} (and never longer than the refresh interval), so that drift the
 * migration wrote is found, and in {@code repair} mode repaired, a few seconds after the
 * table appears rather than a whole refresh interval later. Once every table exists the
 * re-checks return to the refresh interval, and one INFO line names the tables that
 * appeared and were checked.
 */
final class MissingTableWatch {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	/** The first re-check after a check that found a table missing. */
	static final Duration FIRST_DELAY = Duration.ofSeconds(1);

	/**
	 * The longest wait between two re-checks while a table is missing: an insert 10 s
	 * after the migration ended finds its sequence checked.
	 */
	static final Duration LONGEST_DELAY = Duration.ofSeconds(8);

	private final Duration interval;

	private Set<String> missing = Set.of();

	private Duration delay = Duration.ZERO;

	/**
	 * Creates a watch.
	 * @param interval the refresh interval, the delay while every table exists
	 */
	MissingTableWatch(Duration interval) {
		this.interval = interval;
	}

	/**
	 * Takes the latest check's report: says which tables that were missing are now
	 * checked, and returns when to check next.
	 * @param report the latest report
	 * @return the delay until the next re-check
	 */
	synchronized Duration afterCheck(SeqGuardReport report) {
		Set<String> nowMissing = MissingTables.in(report);
		Set<String> appeared = new LinkedHashSet<>(this.missing);
		appeared.removeAll(nowMissing);
		if (!appeared.isEmpty()) {
			logger.info(LifecycleMessages.missingTablesChecked(appeared));
		}
		this.missing = nowMissing;
		if (nowMissing.isEmpty()) {
			this.delay = Duration.ZERO;
			return this.interval;
		}
		Duration longest = (this.interval.compareTo(LONGEST_DELAY) < 0) ? this.interval : LONGEST_DELAY;
		Duration next = this.delay.isZero() ? FIRST_DELAY : this.delay.multipliedBy(2);
		this.delay = (next.compareTo(longest) > 0) ? longest : next;
		return this.delay;
	}

}
