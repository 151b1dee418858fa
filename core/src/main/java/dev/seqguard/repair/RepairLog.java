package dev.seqguard.repair;

import java.util.stream.Collectors;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.report.Messages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * When and at which level the {@code dev.seqguard} log tells about each repair; the words
 * are {@link Messages}'.
 */
public final class RepairLog {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private RepairLog() {
	}

	/**
	 * Logs what one repair did: INFO for a move, with the next value before and after;
	 * DEBUG when it could not, since the report logged after the repair holds that
	 * target's one WARN, with why and what to do.
	 * @param result the repair's result
	 * @param sequenceLocked whether Hibernate's own nextval calls were held during the
	 * repair
	 * @param owned whether the repairing role owns the sequence
	 */
	public static void log(RepairResult result, boolean sequenceLocked, boolean owned) {
		log(result, sequenceLocked ? null : Messages.unheldBecause(owned));
	}

	/**
	 * Logs what one repair did.
	 * @param result the repair's result
	 * @param unheldBecause why Hibernate's own nextval calls could not be held during the
	 * repair, {@code null} when they were
	 */
	public static void log(RepairResult result, @Nullable String unheldBecause) {
		DriftedSequence sequence = result.sequence();
		String tables = sequence.tables().stream().map(SequenceTable::name).collect(Collectors.joining(", "));
		switch (result.outcome()) {
			case REPAIRED -> logger.info(Messages.repairedSequence(sequence.name(), tables, result.nextBefore(),
					result.nextAfter(), sequence.drawnOutsideInserts() ? unheldBecause : null));
			case ALREADY_AHEAD -> logger.info(Messages.alreadyRepaired(sequence.name(), tables, result.detail()));
			// the report says it at WARN, once, on the target's own line ("not repaired:
			// ...")
			case FAILED, IMPOSSIBLE -> logger.debug(Messages.couldNotRepair(sequence.name(), tables, result.detail()));
		}
		if (!result.after().isEmpty()) {
			for (String leftover : LeftoverIds.describe(sequence)) {
				logger.warn(Messages.leftoverIds(sequence.name(), tables, leftover));
			}
		}
	}

}
