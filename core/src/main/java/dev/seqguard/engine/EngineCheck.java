package dev.seqguard.engine;

import java.util.List;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.report.TargetReport;
import org.jspecify.annotations.Nullable;

/**
 * What an engine's check of one datasource found.
 *
 * @param reports one report per target, in the targets' order, then the catalog's
 * @param driftedSequences the sequences with at least one drifted table
 * @param unmappedSequences the sequences no target uses
 * @param skipReason why the database was not checked after all (a server that only calls
 * itself PostgreSQL), {@code null} when it was
 */
public record EngineCheck(List<TargetReport> reports, List<DriftedSequence> driftedSequences,
		List<String> unmappedSequences, @Nullable String skipReason) {

	/**
	 * Creates a check's result.
	 */
	public EngineCheck {
		reports = List.copyOf(reports);
		driftedSequences = List.copyOf(driftedSequences);
		unmappedSequences = List.copyOf(unmappedSequences);
	}

	/**
	 * Returns the result of a database the engine turned out not to check.
	 * @param reason why
	 * @return the result
	 */
	public static EngineCheck skipped(String reason) {
		return new EngineCheck(List.of(), List.of(), List.of(), reason);
	}

}
