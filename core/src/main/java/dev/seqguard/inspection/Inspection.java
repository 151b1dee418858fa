package dev.seqguard.inspection;

import java.util.List;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.engine.Engine;
import dev.seqguard.report.DataSourceReport;
import org.jspecify.annotations.Nullable;

/**
 * What one check of a datasource found: the report, the drifted sequences a repair would
 * move, and the engine that would move them.
 *
 * @param report the report
 * @param driftedSequences the sequences with at least one drifted table
 * @param engine the database's engine, {@code null} when nothing was read
 */
public record Inspection(DataSourceReport report, List<DriftedSequence> driftedSequences, @Nullable Engine engine) {

	/**
	 * Creates an inspection.
	 */
	public Inspection {
		driftedSequences = List.copyOf(driftedSequences);
	}

	/**
	 * Creates the inspection of a database nothing was read from.
	 * @param report the report
	 * @param driftedSequences the sequences with at least one drifted table
	 */
	public Inspection(DataSourceReport report, List<DriftedSequence> driftedSequences) {
		this(report, driftedSequences, null);
	}

}
