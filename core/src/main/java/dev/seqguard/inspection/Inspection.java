package dev.seqguard.inspection;

import java.util.List;

import dev.seqguard.report.DataSourceReport;

/**
 * What one check of a datasource found: the report, the drifted sequences a repair would
 * move, and the engine that would move them.
 *
 * @param report the report
 * @param driftedSequences the sequences with at least one drifted table
 * @param engine the database's engine
 */
public record Inspection(DataSourceReport report, List<DriftedSequence> driftedSequences, DatabaseEngine engine) {

	/**
	 * Creates an inspection.
	 */
	public Inspection {
		driftedSequences = List.copyOf(driftedSequences);
	}

	/**
	 * Creates the inspection of a PostgreSQL database, or of one nothing was read from.
	 * @param report the report
	 * @param driftedSequences the sequences with at least one drifted table
	 */
	public Inspection(DataSourceReport report, List<DriftedSequence> driftedSequences) {
		this(report, driftedSequences, DatabaseEngine.POSTGRESQL);
	}

}
