package dev.seqguard.measurement;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.report.TargetReport;
import dev.seqguard.settings.InspectionSettings;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a datasource's resolved targets: decides which can be measured, plans
 * their reads (each table and each sequence once), reads them with the engine's
 * {@link StateReads}, then has {@link Judgement} judge each target and
 * {@link RepairGroups} group the drifted ones by sequence.
 */
public final class Measurement {

	private final Triage triage;

	private final StateReads reader;

	private final FixStatement fixStatement;

	private final Map<Long, Integer> sequenceBranches = new HashMap<>();

	private final Map<ExtremeRead, Integer> extremeBranches = new HashMap<>();

	/**
	 * One step per target, in the targets' order: rejected before any read, or planned
	 * and judged after.
	 */
	private final List<Step> steps = new ArrayList<>();

	private final List<TargetReport> reports = new ArrayList<>();

	private final InspectionSettings settings;

	/**
	 * Creates a measurement on an engine's reads.
	 * @param role the checking role, named in the privileges a report asks for
	 * @param settings timeouts, filter and thresholds
	 * @param reader the engine's reads
	 * @param fixStatement the engine's statement that moves a sequence
	 */
	public Measurement(String role, InspectionSettings settings, StateReads reader, FixStatement fixStatement) {
		this.triage = new Triage(role, settings.tableFilter(), settings.switches());
		this.settings = settings;
		this.reader = reader;
		this.fixStatement = fixStatement;
	}

	/**
	 * Returns one report per target, in the targets' order, once run.
	 * @return the reports
	 */
	public List<TargetReport> reports() {
		return this.reports;
	}

	/**
	 * Triages, reads and judges every target, inside the check's transaction.
	 * @param connection the check's connection
	 * @param resolved the targets as the engine's catalog resolved them
	 * @param dataSource the datasource the connection came from
	 * @throws SQLException when the connection itself fails
	 */
	public void run(Connection connection, List<ResolvedTarget> resolved, DataSource dataSource) throws SQLException {
		for (ResolvedTarget target : resolved) {
			Triage.Verdict verdict = this.triage.of(target);
			this.steps.add((verdict instanceof Measurable measurable) ? plan(measurable)
					: new Done(((Triage.Rejected) verdict).report()));
		}
		List<BranchResult> results = this.reader.read(connection, dataSource);
		Map<Long, List<DriftMath.TableExtreme>> tablesBySequence = tablesBySequence(results);
		for (Step step : this.steps) {
			this.reports.add((step instanceof Planned plan) ? Judgement.judge(plan.target(),
					results.get(plan.sequenceBranch()), results.get(plan.extremeBranch()),
					tablesBySequence.getOrDefault(plan.target().sequenceOid(), List.of()), this.settings,
					this.fixStatement) : ((Done) step).report());
		}
	}

	/** Every sequence with a drifted table, with all the tables that draw from it. */
	public List<DriftedSequence> driftedSequences() {
		List<RepairGroups.Measured> measured = new ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			if (this.steps.get(i) instanceof Planned plan) {
				measured.add(new RepairGroups.Measured(plan.target(), this.reports.get(i)));
			}
		}
		return RepairGroups.of(measured, this.settings.exhaustionThreshold());
	}

	private Planned plan(Measurable target) {
		Integer sequenceBranch = this.sequenceBranches.get(target.sequenceOid());
		if (sequenceBranch == null) {
			sequenceBranch = this.reader.addSequence(target.sequenceOid(), target.sequenceSql());
			this.sequenceBranches.put(target.sequenceOid(), sequenceBranch);
		}
		boolean descending = target.bounds().descending();
		ExtremeRead extremeRead = new ExtremeRead(target.table().oid(), target.column().attnum(), descending);
		Integer extremeBranch = this.extremeBranches.get(extremeRead);
		if (extremeBranch == null) {
			extremeBranch = this.reader.addExtremeId(extremeRead.tableOid(), target.tableSql(), target.columnSql(),
					extremeRead.attnum(), descending);
			this.extremeBranches.put(extremeRead, extremeBranch);
		}
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
				// most sequences feed one table
				List<DriftMath.TableExtreme> onSequence = tables.get(plan.target().sequenceOid());
				if (onSequence == null) {
					onSequence = new ArrayList<>(1);
					tables.put(plan.target().sequenceOid(), onSequence);
				}
				onSequence.add(new DriftMath.TableExtreme(plan.target().generator(),
						results.get(plan.extremeBranch()).value(), plan.target().tableSql()));
			}
		}
		return tables;
	}

	/** What one target's measurement is or will be. */
	private sealed interface Step permits Done, Planned {

	}

	private record Done(TargetReport report) implements Step {
	}

	private record Planned(Measurable target, int sequenceBranch, int extremeBranch) implements Step {
	}

	/** A table's extreme id, read once however many targets need it. */
	private record ExtremeRead(long tableOid, int attnum, boolean smallest) {

		/**
		 * Written out, as is {@link #hashCode}: the record's own cost a new JVM
		 * milliseconds the first time they run ({@code ObjectMethods} bootstrap), in the
		 * startup check.
		 */
		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof ExtremeRead read && read.tableOid == this.tableOid && read.attnum == this.attnum
					&& read.smallest == this.smallest;
		}

		@Override
		public int hashCode() {
			return 31 * (31 * Long.hashCode(this.tableOid) + this.attnum) + Boolean.hashCode(this.smallest);
		}

	}

}
