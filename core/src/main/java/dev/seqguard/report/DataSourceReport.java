package dev.seqguard.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of one check of one datasource.
 *
 * @param dataSourceName the datasource's bean name, used as the meters' data source tag
 * @param outcome whether the check ran
 * @param checkedAt when the check started
 * @param duration how long it took
 * @param targets one entry per id column, checked or not
 * @param detail why the check did not run, {@code null} when it completed
 * @param unmappedSequences the sequences ({@code schema.name}) in the checked schemas
 * that no checked target uses: what SeqGuard does not guard
 */
public record DataSourceReport(String dataSourceName, Outcome outcome, Instant checkedAt, Duration duration,
		List<TargetReport> targets, @Nullable String detail, List<String> unmappedSequences) {

	/**
	 * Creates a report.
	 */
	public DataSourceReport {
		targets = List.copyOf(targets);
		unmappedSequences = List.copyOf(unmappedSequences);
	}

	/**
	 * Creates a report that lists no unmapped sequence.
	 * @param dataSourceName the datasource's name
	 * @param outcome whether the check ran
	 * @param checkedAt when the check started
	 * @param duration how long it took
	 * @param targets one entry per id column
	 * @param detail why the check did not run, {@code null} when it completed
	 */
	public DataSourceReport(String dataSourceName, Outcome outcome, Instant checkedAt, Duration duration,
			List<TargetReport> targets, @Nullable String detail) {
		this(dataSourceName, outcome, checkedAt, duration, targets, detail, List.of());
	}

	/**
	 * Returns this report with other targets, the same in every other respect.
	 * @param targets the targets
	 * @return the report
	 */
	public DataSourceReport withTargets(List<TargetReport> targets) {
		return new DataSourceReport(this.dataSourceName, this.outcome, this.checkedAt, this.duration, targets,
				this.detail, this.unmappedSequences);
	}

	/**
	 * Returns the targets whose sequence is behind the data.
	 * @return the drifted targets
	 */
	public List<TargetReport.Checked> drifted() {
		List<TargetReport.Checked> drifted = new ArrayList<>();
		for (TargetReport target : this.targets) {
			if (target instanceof TargetReport.Checked checked && checked.status() == TargetStatus.DRIFT) {
				drifted.add(checked);
			}
		}
		return List.copyOf(drifted);
	}

	/**
	 * Returns the targets with the given status.
	 * @param status the status
	 * @return the matching targets, in report order
	 */
	public List<TargetReport> withStatus(TargetStatus status) {
		List<TargetReport> matching = new ArrayList<>();
		for (TargetReport target : this.targets) {
			if (target.status() == status) {
				matching.add(target);
			}
		}
		return List.copyOf(matching);
	}

	/** Whether a check ran. */
	public enum Outcome {

		/** Every target was looked at (each may still be SKIPPED or ERROR). */
		COMPLETED,

		/**
		 * The database is not PostgreSQL, or only answers as PostgreSQL (CockroachDB,
		 * YugabyteDB: other sequence semantics): SeqGuard stays out of the way and the
		 * detail says why.
		 */
		NOT_POSTGRESQL,

		/** The database could not be reached or the check failed as a whole. */
		FAILED

	}

}
