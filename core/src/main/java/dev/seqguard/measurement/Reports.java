package dev.seqguard.measurement;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetIdentity;
import dev.seqguard.report.TargetReport;
import org.jspecify.annotations.Nullable;

/**
 * Builds the report entry of a resolved target.
 */
final class Reports {

	private Reports() {
	}

	static TargetReport.Skipped skipped(ResolvedTarget target, String reason) {
		return new TargetReport.Skipped(identity(target), reason);
	}

	static TargetReport.Failed error(ResolvedTarget target, String detail) {
		return new TargetReport.Failed(identity(target), detail);
	}

	/**
	 * What was read of a measured target.
	 */
	static Reading reading(Measurable target, @Nullable Long furthestId, long nextValue, double usage,
			boolean nearingExhaustion) {
		IdGenerator generator = target.generator();
		// Hibernate's increment size for sequence generators; the sequence's own
		// increment for IDENTITY columns
		int incrementSize = (generator.type() == IdGenerator.Type.IDENTITY) ? (int) target.settings().increment()
				: generator.incrementSize();
		return new Reading(generator.optimizer().externalName(), incrementSize, furthestId, nextValue, usage,
				nearingExhaustion);
	}

	static TargetIdentity identity(ResolvedTarget target) {
		IdGenerator generator = target.target().generator();
		String sequence = target.qualifiedSequence();
		if (sequence == null && generator != null && generator.sequence() != null) {
			sequence = generator.sequence().toString();
		}
		ResolvedTarget.Table table = target.table();
		return new TargetIdentity(target.target().entity(),
				(table != null) ? table.schema() : target.target().table().schema(),
				(table != null) ? table.name() : target.target().table().name(), target.target().column(), sequence,
				target.target().generatorLabel());
	}

}
