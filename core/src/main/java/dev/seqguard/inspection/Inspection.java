package dev.seqguard.inspection;

import java.util.List;

import dev.seqguard.report.DataSourceReport;

/**
 * What one check of a datasource found: the report, and the drifted sequences a repair
 * would move.
 *
 * @param report the report
 * @param driftedSequences the sequences with at least one drifted table
 */
public record Inspection(DataSourceReport report, List<DriftedSequence> driftedSequences) {

	/**
	 * Creates an inspection.
	 */
	public Inspection {
		driftedSequences = List.copyOf(driftedSequences);
	}

}
