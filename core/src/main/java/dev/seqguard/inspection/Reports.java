package dev.seqguard.inspection;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * Builds the report entry of a resolved target.
 */
final class Reports {

	private Reports() {
	}

	static TargetReport skipped(ResolvedTarget target, @Nullable String reason) {
		return unmeasured(target, TargetStatus.SKIPPED, reason);
	}

	static TargetReport error(ResolvedTarget target, String detail) {
		return unmeasured(target, TargetStatus.ERROR, detail);
	}

	private static TargetReport unmeasured(ResolvedTarget target, TargetStatus status, @Nullable String detail) {
		return measured(target, null, null, null, null, null, false, status, detail);
	}

	static TargetReport measured(ResolvedTarget target, @Nullable Long maxId, @Nullable Long nextId,
			@Nullable Long firstId, @Nullable Long lag, @Nullable Double usage, boolean nearingExhaustion,
			TargetStatus status, @Nullable String detail) {
		IdGenerator generator = target.target().generator();
		String sequence = target.qualifiedSequence();
		if (sequence == null && generator != null && generator.sequence() != null) {
			sequence = generator.sequence().toString();
		}
		return new TargetReport(target.target().entity(),
				(target.tableSchema() != null) ? target.tableSchema() : target.target().table().schema(),
				(target.tableName() != null) ? target.tableName() : target.target().table().name(),
				target.target().column(), sequence, target.target().generatorLabel(),
				(generator != null) ? generator.optimizer().externalName() : null, incrementSize(target, generator),
				maxId, nextId, firstId, lag, usage, nearingExhaustion, status, detail);
	}

	/**
	 * Hibernate's increment size for sequence generators; the sequence's own increment
	 * for IDENTITY columns.
	 */
	private static @Nullable Integer incrementSize(ResolvedTarget target, @Nullable IdGenerator generator) {
		if (generator == null) {
			return null;
		}
		if (generator.type() == IdGenerator.Type.IDENTITY) {
			return (target.sequenceOid() != null) ? (int) target.increment() : null;
		}
		return generator.incrementSize();
	}

}
