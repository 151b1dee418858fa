package dev.seqguard.measurement;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.SequenceBounds;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.InspectionSettings;

/**
 * Judges a measured target from what was read of its sequence and its table, with
 * {@link DriftMath}: a pure function of the reads, testable without PostgreSQL.
 */
final class Judgement {

	private Judgement() {
	}

	/**
	 * Judges one target on a given engine.
	 * @param measured the target
	 * @param sequence what was read of its sequence
	 * @param extreme what was read of its table
	 * @param tablesOnSequence every readable table on the same sequence
	 * @param settings the thresholds and the statement timeout
	 * @param fixStatement the engine's statement that moves a sequence
	 * @return the target's report entry
	 */
	static TargetReport judge(Measurable measured, BranchResult sequence, BranchResult extreme,
			List<DriftMath.TableExtreme> tablesOnSequence, InspectionSettings settings, FixStatement fixStatement) {
		ResolvedTarget target = measured.resolved();
		String sequenceSql = measured.sequenceSql();
		String tableSql = measured.tableSql();
		if (sequence.error() != null) {
			return Reports.error(target,
					"reading sequence " + sequenceSql + " failed: " + describeReadError(sequence.error(), settings));
		}
		if (extreme.error() != null) {
			return Reports.error(target,
					"reading " + tableSql + " failed: " + describeReadError(extreme.error(), settings));
		}
		if (sequence.value() == null || sequence.isCalled() == null) {
			// a sequence rewritten by a concurrent ALTER SEQUENCE reads as empty for a
			// moment
			return Reports.error(target, "sequence " + sequenceSql + " returned no state: another session"
					+ " was altering it at that moment; it is read again at the next check");
		}
		IdGenerator generator = measured.generator();
		SequenceBounds bounds = measured.bounds();
		Long extremeId = extreme.value();
		long next;
		try {
			next = DriftMath.nextValue(sequence.value(), sequence.isCalled(), bounds.increment());
		}
		catch (ArithmeticException ex) {
			return Reports.error(target,
					"sequence " + sequenceSql + " is exhausted: its next value" + " does not fit in bigint");
		}
		boolean pastLimit = bounds.pastSequenceLimit(next);
		if (pastLimit && !bounds.cycle()) {
			return new TargetReport.Failed(Reports.identity(target),
					"sequence " + sequenceSql + " has reached its limit: the next nextval fails"
							+ " (SQLSTATE 2200H); widen it with ALTER SEQUENCE ... AS bigint MAXVALUE ...",
					Reports.reading(measured, extremeId, next, 1.0, true), null);
		}
		if (pastLimit) {
			// a CYCLE sequence starts over from its other end
			next = bounds.descending() ? bounds.max() : bounds.min();
		}
		long firstId;
		try {
			firstId = DriftMath.firstId(generator, next);
		}
		catch (ArithmeticException ex) {
			return Reports.error(target, "the first id of sequence " + sequenceSql + " does not fit in bigint");
		}
		double usage = DriftMath.usage(next, extremeId, bounds);
		Reading reading = Reports.reading(measured, extremeId, next, usage, usage >= settings.exhaustionThreshold());
		long lag = (extremeId != null) ? DriftMath.lag(generator, firstId, extremeId, bounds.increment()) : 0;
		if (lag == 0) {
			return new TargetReport.Checked(Reports.identity(target), TargetStatus.OK, reading, firstId, lag, null);
		}
		String fix = Fixes.describeFix(measured, tablesOnSequence, fixStatement, settings.switches());
		return new TargetReport.Checked(Reports.identity(target), TargetStatus.DRIFT, reading, firstId, lag, fix);
	}

	private static String describeReadError(SQLException error, InspectionSettings settings) {
		String state = error.getSQLState();
		if (DatabaseErrors.LOCK_NOT_AVAILABLE.equals(state) || DatabaseErrors.QUERY_CANCELED.equals(state)) {
			String timeout = Objects.requireNonNullElse(settings.switches().statementTimeout(),
					"the statement timeout");
			return "SQLSTATE " + state + ": another session held a lock on it past " + timeout + " ("
					+ settings.statementTimeout().toMillis() + " ms), for example a migration or VACUUM FULL;"
					+ " it is read again at the next check";
		}
		return DatabaseErrors.describe(error, settings.switches());
	}

}
