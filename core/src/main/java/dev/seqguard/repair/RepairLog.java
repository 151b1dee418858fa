package dev.seqguard.repair;

import java.util.stream.Collectors;

import dev.seqguard.inspection.DriftedSequence;
import dev.seqguard.inspection.DriftedSequence.SequenceTable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What the {@code dev.seqguard} log says about each repair.
 */
final class RepairLog {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private RepairLog() {
	}

	/**
	 * Logs what one repair did: INFO for a move, with the next value before and after;
	 * WARN when it could not.
	 * @param result the repair's result
	 * @param sequenceLocked whether Hibernate's own nextval calls were held during the
	 * repair
	 * @param owned whether the repairing role owns the sequence
	 */
	static void log(RepairResult result, boolean sequenceLocked, boolean owned) {
		DriftedSequence sequence = result.sequence();
		String tables = sequence.tables().stream().map(SequenceTable::name).collect(Collectors.joining(", "));
		switch (result.outcome()) {
			case REPAIRED ->
				logger.info("SeqGuard repaired sequence " + sequence.name() + " (" + tables + "): next value "
						+ result.nextBefore() + " -> " + result.nextAfter()
						+ ((sequence.drawnOutsideInserts() && !sequenceLocked)
								? "; Hibernate's own nextval calls were not held during the repair ("
										+ (owned ? "an identity sequence cannot be locked"
												: "the role does not own the sequence")
										+ "), the window was one statement"
								: ""));
			case ALREADY_AHEAD -> logger.info("SeqGuard found sequence " + sequence.name() + " (" + tables
					+ ") already repaired: " + result.detail());
			case FAILED, IMPOSSIBLE -> logger.warn(
					"SeqGuard could not repair sequence " + sequence.name() + " (" + tables + "): " + result.detail());
		}
		if (!result.after().isEmpty()) {
			for (String leftover : LeftoverIds.describe(sequence)) {
				logger
					.warn("SeqGuard moved sequence " + sequence.name() + " (" + tables + ") forward, but " + leftover);
			}
		}
	}

}
