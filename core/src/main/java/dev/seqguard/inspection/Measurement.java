package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.inspection.StateReader.BranchResult;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a datasource's resolved targets: decides which can be measured, plans
 * their reads (each table and each sequence once), reads them with {@link StateReader},
 * then judges each target with {@link DriftMath}.
 */
final class Measurement {

	private final Triage triage;

	private final StateReader reader;

	private final Map<Long, Integer> sequenceBranches = new HashMap<>();

	private final Map<String, Integer> extremeBranches = new HashMap<>();

	/**
	 * One step per target, in the targets' order: rejected before any read, or planned
	 * and judged after.
	 */
	private final List<Step> steps = new ArrayList<>();

	private final List<TargetReport> reports = new ArrayList<>();

	private final InspectionSettings settings;

	Measurement(String role, InspectionSettings settings) {
		this.triage = new Triage(role, settings.tableFilter());
		this.settings = settings;
		this.reader = new StateReader(settings.statementTimeout());
	}

	List<TargetReport> reports() {
		return this.reports;
	}

	void run(Connection connection, List<ResolvedTarget> resolved, DataSource dataSource) throws SQLException {
		for (ResolvedTarget target : resolved) {
			Triage.Verdict verdict = this.triage.of(target);
			this.steps.add((verdict instanceof Measurable measurable) ? plan(measurable)
					: new Done(((Triage.Rejected) verdict).report()));
		}
		List<BranchResult> results = this.reader.read(connection, dataSource);
		Map<Long, List<DriftMath.TableExtreme>> tablesBySequence = tablesBySequence(results);
		for (Step step : this.steps) {
			this.reports
				.add((step instanceof Planned plan) ? judge(plan, results, tablesBySequence) : ((Done) step).report());
		}
	}

	/** Every sequence with a drifted table, with all the tables that draw from it. */
	List<DriftedSequence> driftedSequences() {
		// by the index of the target, so that each table of a sequence carries its own
		// report entry
		Map<Long, List<Integer>> targetsBySequence = new LinkedHashMap<>();
		Set<Long> drifted = new HashSet<>();
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i) instanceof Planned plan) {
				targetsBySequence.computeIfAbsent(plan.target().sequenceOid(), (oid) -> new ArrayList<>()).add(i);
				if (this.reports.get(i).status() == TargetStatus.DRIFT) {
					drifted.add(plan.target().sequenceOid());
				}
			}
		}
		List<DriftedSequence> sequences = new ArrayList<>();
		targetsBySequence.forEach((oid, indexes) -> {
			if (drifted.contains(oid)) {
				Measurable first = planned(indexes.get(0)).target();
				sequences.add(new DriftedSequence(oid, first.sequenceSql(), first.sequence().qualifiedName(),
						first.bounds().increment(), first.settings().ownedBy(), first.settings().cache(),
						indexes.stream().map(this::sequenceTable).toList(), this.settings.exhaustionThreshold()));
			}
		});
		return sequences;
	}

	private Planned planned(int index) {
		return (Planned) this.steps.get(index);
	}

	private DriftedSequence.SequenceTable sequenceTable(int index) {
		Measurable target = planned(index).target();
		return new DriftedSequence.SequenceTable(target.qualifiedTable(), target.tableSql(), target.columnSql(),
				target.generator(), target.bounds(), this.reports.get(index));
	}

	private Planned plan(Measurable target) {
		int sequenceBranch = this.sequenceBranches.computeIfAbsent(target.sequenceOid(),
				(oid) -> this.reader.addSequence(oid));
		boolean descending = target.bounds().descending();
		int extremeBranch = this.extremeBranches
			.computeIfAbsent(target.tableSql() + "/" + target.columnSql() + "/" + descending, (key) -> this.reader
				.addExtremeId(target.table().oid(), target.tableSql(), target.column().attnum(), descending));
		return new Planned(target, sequenceBranch, extremeBranch);
	}

	/**
	 * Every readable table of each sequence with its extreme id: what the value the
	 * sequence must reach depends on.
	 */
	private Map<Long, List<DriftMath.TableExtreme>> tablesBySequence(List<BranchResult> results) {
		Map<Long, List<DriftMath.TableExtreme>> tables = new HashMap<>();
		for (Step step : this.steps) {
			if (step instanceof Planned plan && results.get(plan.extremeBranch()).error() == null) {
				tables.computeIfAbsent(plan.target().sequenceOid(), (oid) -> new ArrayList<>())
					.add(new DriftMath.TableExtreme(plan.target().generator(),
							results.get(plan.extremeBranch()).value()));
			}
		}
		return tables;
	}

	private TargetReport judge(Planned plan, List<BranchResult> results,
			Map<Long, List<DriftMath.TableExtreme>> tablesBySequence) {
		ResolvedTarget target = plan.target().resolved();
		String sequenceSql = plan.target().sequenceSql();
		String tableSql = plan.target().tableSql();
		BranchResult sequence = results.get(plan.sequenceBranch());
		BranchResult extreme = results.get(plan.extremeBranch());
		if (sequence.error() != null) {
			return Reports.error(target,
					"reading sequence " + sequenceSql + " failed: " + describeReadError(sequence.error()));
		}
		if (extreme.error() != null) {
			return Reports.error(target, "reading " + tableSql + " failed: " + describeReadError(extreme.error()));
		}
		if (sequence.value() == null || sequence.isCalled() == null) {
			// a sequence rewritten by a concurrent ALTER SEQUENCE reads as empty for a
			// moment
			return Reports.error(target, "sequence " + sequenceSql + " returned no state: another session"
					+ " was altering it at that moment; it is read again at the next check");
		}
		IdGenerator generator = plan.target().generator();
		SequenceBounds bounds = plan.target().bounds();
		Long extremeId = extreme.value();
		long next;
		try {
			next = DriftMath.nextValue(sequence.value(), sequence.isCalled(), bounds.increment());
		}
		catch (ArithmeticException ex) {
			return Reports.error(target,
					"sequence " + sequenceSql + " is exhausted: its next value" + " does not fit in bigint");
		}
		boolean pastLimit = bounds.descending() ? next < bounds.min() : next > bounds.max();
		if (pastLimit && !bounds.cycle()) {
			return new TargetReport.Failed(Reports.identity(target),
					"sequence " + sequenceSql + " has reached its limit: the next nextval fails"
							+ " (SQLSTATE 2200H); widen it with ALTER SEQUENCE ... AS bigint MAXVALUE ...",
					Reports.reading(plan.target(), extremeId, next, 1.0, true), null);
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
		Reading reading = Reports.reading(plan.target(), extremeId, next, usage,
				usage >= this.settings.exhaustionThreshold());
		long lag = (extremeId != null) ? DriftMath.lag(generator, firstId, extremeId, bounds.increment()) : 0;
		if (lag == 0) {
			return new TargetReport.Checked(Reports.identity(target), TargetStatus.OK, reading, firstId, lag, null);
		}
		String fix = Fixes.describeFix(plan.target(),
				tablesBySequence.getOrDefault(plan.target().sequenceOid(), List.of()));
		return new TargetReport.Checked(Reports.identity(target), TargetStatus.DRIFT, reading, firstId, lag, fix);
	}

	private String describeReadError(SQLException error) {
		String state = error.getSQLState();
		if (DatabaseErrors.LOCK_NOT_AVAILABLE.equals(state) || DatabaseErrors.QUERY_CANCELED.equals(state)) {
			return "SQLSTATE " + state + ": another session held a lock on it past seqguard.statement-timeout ("
					+ this.settings.statementTimeout().toMillis() + " ms), for example a migration or VACUUM FULL;"
					+ " it is read again at the next check";
		}
		return DatabaseErrors.describe(error);
	}

	/** What one target's measurement is or will be. */
	private sealed interface Step permits Done, Planned {

	}

	private record Done(TargetReport report) implements Step {
	}

	private record Planned(Measurable target, int sequenceBranch, int extremeBranch) implements Step {
	}

}
