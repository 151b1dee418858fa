package dev.seqguard.autoconfigure;

import java.util.List;

import dev.seqguard.SequenceDriftException;
import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.SeqGuardReport;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;

/**
 * Checks (in {@code repair} mode: checks and repairs) every datasource once the context is refreshed (after Flyway and Liquibase migrated), before any other
 * runner inserts data and before readiness turns to {@code ACCEPTING_TRAFFIC}.
 */
public class SeqGuardStartupCheck implements ApplicationRunner, Ordered {

	private final SequenceGuard guard;

	private final SeqGuardProperties.Mode mode;

	/**
	 * Creates the startup check.
	 * @param guard the guard
	 * @param mode what to do about drift
	 */
	public SeqGuardStartupCheck(SequenceGuard guard, SeqGuardProperties.Mode mode) {
		this.guard = guard;
		this.mode = mode;
	}

	@Override
	public void run(ApplicationArguments args) {
		SeqGuardReport report = (this.mode == SeqGuardProperties.Mode.REPAIR) ? this.guard.repair()
				: this.guard.check();
		ReportLogger.log(report);
		if (this.mode == SeqGuardProperties.Mode.FAIL) {
			failOnProblems(report);
		}
	}

	private static void failOnProblems(SeqGuardReport report) {
		List<DataSourceReport> failed = report.failed();
		if (!failed.isEmpty()) {
			DataSourceReport first = failed.get(0);
			throw new IllegalStateException("SeqGuard could not check datasource '" + first.dataSource() + "' ("
					+ first.detail() + ") and seqguard.mode=fail requires a successful check");
		}
		if (!report.drifted().isEmpty()) {
			throw new SequenceDriftException(report.drifted());
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
