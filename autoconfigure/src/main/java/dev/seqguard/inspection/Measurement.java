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
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a datasource's resolved targets: decides which can be measured, plans their reads (each table and
 * each sequence once), reads them with {@link StateReader}, then judges each target with {@link DriftMath}.
 */
final class Measurement {

	private final String role;

	private final StateReader reader;

	private final Map<Long, Integer> sequenceBranches = new HashMap<>();

	private final Map<String, Integer> extremeBranches = new HashMap<>();

	private final List<Planned> plans = new ArrayList<>();

	private final List<TargetReport> reports = new ArrayList<>();

	private final InspectionSettings settings;

	Measurement(String role, InspectionSettings settings) {
		this.role = role;
		this.settings = settings;
		this.reader = new StateReader(settings.statementTimeout());
	}

	List<TargetReport> reports() {
		return this.reports;
	}

	void run(Connection connection, List<ResolvedTarget> resolved, DataSource dataSource) throws SQLException {
		// a null entry stands for a measured target, judged once the batched reads are back
		for (ResolvedTarget target : resolved) {
			TargetReport unchecked = uncheckable(target);
			this.reports.add(unchecked);
			this.plans.add((unchecked != null) ? null : plan(target));
		}
		List<BranchResult> results = this.reader.read(connection, dataSource);
		Map<Long, Long> sharedExtremes = sharedExtremes(results);
		for (int i = 0; i < this.plans.size(); i++) {
			Planned plan = this.plans.get(i);
			if (plan != null) {
				this.reports.set(i, judge(plan, results, sharedExtremes));
			}
		}
	}

	/** Every sequence with a drifted table, with all the tables that draw from it. */
	List<DriftedSequence> driftedSequences() {
		// by the index of the target, so that each table of a sequence carries its own report entry
		Map<Long, List<Integer>> targetsBySequence = new LinkedHashMap<>();
		Set<Long> drifted = new HashSet<>();
		for (int i = 0; i < this.plans.size(); i++) {
			Planned plan = this.plans.get(i);
			if (plan != null) {
				targetsBySequence.computeIfAbsent(plan.target().sequenceOid(), (oid) -> new ArrayList<>()).add(i);
				if (this.reports.get(i).status() == TargetStatus.DRIFT) {
					drifted.add(plan.target().sequenceOid());
				}
			}
		}
		List<DriftedSequence> sequences = new ArrayList<>();
		targetsBySequence.forEach((oid, indexes) -> {
			if (drifted.contains(oid)) {
				ResolvedTarget first = this.plans.get(indexes.get(0)).target();
				sequences.add(new DriftedSequence(oid, first.sequenceSql(), first.qualifiedSequence(),
						first.increment(), first.sequenceOwnedBy(),
						first.cache(), indexes.stream().map(this::sequenceTable).toList(), this.settings.exhaustionThreshold()));
			}
		});
		return sequences;
	}

	private DriftedSequence.SequenceTable sequenceTable(int index) {
		Planned plan = this.plans.get(index);
		ResolvedTarget target = plan.target();
		return new DriftedSequence.SequenceTable(target.tableSchema() + "." + target.tableName(), target.tableSql(),
				target.columnSql(), target.target().generator(), plan.bounds(),
				this.reports.get(index));
	}

	/** Returns the report of a target that cannot be measured, or {@code null} when it can. */
	private @Nullable TargetReport uncheckable(ResolvedTarget target) {
		Target discovered = target.target();
		if (discovered.kind() == Target.Kind.ERROR) {
			return Reports.error(target, discovered.reason());
		}
		if (!discovered.isChecked()) {
			return Reports.skipped(target, discovered.skipReason());
		}
		if (target.tableName() == null) {
			return Reports.error(target, "table " + discovered.table()
					+ " does not exist (check the entity's @Table, hibernate.default_schema and search_path)");
		}
		String rejection = this.settings.tableFilter()
			.rejectionReason(target.tableSchema(), target.tableName());
		if (rejection != null) {
			return Reports.skipped(target, rejection);
		}
		if (!target.columnFound()) {
			return Reports.error(target, "column " + target.columnSql() + " does not exist in " + target.tableSql());
		}
		if (target.sequenceOid() == null) {
			return (discovered.generator().sequence() != null)
					? Reports.error(target, "sequence " + discovered.generator().sequence() + " does not exist")
					: Reports.skipped(target, "no sequence feeds column " + target.columnSql()
							+ " (it is not IDENTITY, serial or DEFAULT nextval(...))");
		}
		if (!target.sequenceIsSequence()) {
			return Reports.error(target, target.sequenceSql() + " is not a sequence");
		}
		if (SequenceBounds.columnRange(target.columnType()) == null) {
			return Reports.skipped(target, "id column type " + target.columnType() + " is not an integer type");
		}
		if (!target.canReadTable()) {
			return Reports.error(target, "SQLSTATE 42501: no SELECT privilege on table " + target.tableSql()
					+ "; run: GRANT SELECT ON TABLE " + target.tableSql() + " TO " + this.role + ";");
		}
		if (!target.canReadSequence()) {
			return Reports.error(target, "SQLSTATE 42501: no SELECT privilege on sequence " + target.sequenceSql()
					+ "; run: GRANT SELECT ON SEQUENCE " + target.sequenceSql() + " TO " + this.role + ";");
		}
		return null;
	}

	private Planned plan(ResolvedTarget target) {
		int sequenceBranch = this.sequenceBranches.computeIfAbsent(target.sequenceOid(),
				(oid) -> this.reader.addSequence(oid));
		boolean descending = target.increment() < 0;
		int extremeBranch = this.extremeBranches.computeIfAbsent(
				target.tableSql() + "/" + target.columnSql() + "/" + descending,
				(key) -> this.reader.addExtremeId(target.tableOid(), target.tableSql(), target.columnAttnum(),
						descending));
		long[] columnRange = SequenceBounds.columnRange(target.columnType());
		SequenceBounds bounds = new SequenceBounds(target.increment(), target.min(), target.max(), target.cycle(),
				columnRange[0], columnRange[1]);
		return new Planned(target, bounds, sequenceBranch, extremeBranch);
	}

	/** The largest {@code max(id)} (smallest {@code min(id)}) over the readable tables of each sequence. */
	private Map<Long, Long> sharedExtremes(List<BranchResult> results) {
		Map<Long, Long> extremes = new HashMap<>();
		for (Planned plan : this.plans) {
			if (plan != null) {
				Long extreme = results.get(plan.extremeBranch()).value();
				if (extreme != null) {
					extremes.merge(plan.target().sequenceOid(), extreme,
							plan.bounds().descending() ? Math::min : Math::max);
				}
			}
		}
		return extremes;
	}

	private TargetReport judge(Planned plan, List<BranchResult> results, Map<Long, Long> sharedExtremes) {
		ResolvedTarget target = plan.target();
		BranchResult sequence = results.get(plan.sequenceBranch());
		BranchResult extreme = results.get(plan.extremeBranch());
		if (sequence.error() != null) {
			return Reports.error(target, "reading sequence " + target.sequenceSql() + " failed: "
					+ describeReadError(sequence.error()));
		}
		if (extreme.error() != null) {
			return Reports.error(target,
					"reading " + target.tableSql() + " failed: " + describeReadError(extreme.error()));
		}
		if (sequence.value() == null || sequence.isCalled() == null) {
			// a sequence rewritten by a concurrent ALTER SEQUENCE reads as empty for a moment
			return Reports.error(target, "sequence " + target.sequenceSql() + " returned no state: another session"
					+ " was altering it at that moment; it is read again at the next check");
		}
		IdGenerator generator = plan.target().target().generator();
		SequenceBounds bounds = plan.bounds();
		Long extremeId = extreme.value();
		long next;
		try {
			next = DriftMath.nextValue(sequence.value(), sequence.isCalled(), bounds.increment());
		}
		catch (ArithmeticException ex) {
			return Reports.error(target, "sequence " + target.sequenceSql() + " is exhausted: its next value"
					+ " does not fit in bigint");
		}
		boolean pastLimit = bounds.descending() ? next < bounds.min() : next > bounds.max();
		if (pastLimit && !bounds.cycle()) {
			return Reports.measured(target, extremeId, next, null, null, 1.0, true, TargetStatus.ERROR,
					"sequence " + target.sequenceSql() + " has reached its limit: the next nextval fails"
							+ " (SQLSTATE 2200H); widen it with ALTER SEQUENCE ... AS bigint MAXVALUE ...");
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
			return Reports.error(target, "the first id of sequence " + target.sequenceSql()
					+ " does not fit in bigint");
		}
		double usage = DriftMath.usage(next, extremeId, bounds);
		boolean nearingExhaustion = usage >= this.settings.exhaustionThreshold();
		long lag = (extremeId != null) ? DriftMath.lag(generator, firstId, extremeId, bounds.increment()) : 0;
		if (lag == 0) {
			return Reports.measured(target, extremeId, next, firstId, lag, usage, nearingExhaustion,
					TargetStatus.OK, null);
		}
		String fix = Fixes.describeFix(target, generator, bounds, sharedExtremes.get(target.sequenceOid()));
		return Reports.measured(target, extremeId, next, firstId, lag, usage, nearingExhaustion,
				TargetStatus.DRIFT, fix);
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

	private record Planned(ResolvedTarget target, SequenceBounds bounds, int sequenceBranch, int extremeBranch) {
	}

}
