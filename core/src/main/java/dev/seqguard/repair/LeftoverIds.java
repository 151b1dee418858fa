package dev.seqguard.repair;

import java.util.ArrayList;
import java.util.List;

import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;

/**
 * What moving a sequence does not reach: ids that running sessions and Hibernate threads
 * drew before the repair and still hand out after it, so that a repair never claims more
 * than it did.
 */
final class LeftoverIds {

	private LeftoverIds() {
	}

	/**
	 * Describes where ids drawn before the repair survive it, with what to do.
	 * @param sequence the moved sequence
	 * @return one sentence per cause; empty when nothing survives the repair
	 */
	static List<String> describe(DriftedSequence sequence) {
		List<String> leftovers = new ArrayList<>();
		if (sequence.cache() > 1) {
			// each session caches values in its own memory: setval does not reach them
			// (verified: a duplicate key at
			// id 3 after setval(100) from a session that had cached 1..20)
			leftovers.add("sequence " + sequence.sequenceSql() + " has CACHE " + sequence.cache()
					+ ": database sessions that drew from it before the repair keep handing out the rest of their"
					+ " cached values, which may already exist; restart the application (or recycle its pooled"
					+ " connections) to drop them, and run ALTER SEQUENCE " + sequence.sequenceSql()
					+ " CACHE 1 so it cannot happen again");
		}
		for (SequenceTable table : sequence.tables()) {
			if (table.generator().optimizer() == OptimizerKind.POOLED_LOTL) {
				leftovers.add("Hibernate's pooled-lotl optimizer of " + table.name() + " keeps one block of ids per"
						+ " thread and Optimizer#reset() cleared only the block of the thread that ran the repair:"
						+ " other threads that drew a block before it keep handing out its ids; restart the application"
						+ " to drop them");
				break;
			}
		}
		return leftovers;
	}

}
