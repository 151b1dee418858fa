package dev.seqguard.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;

/**
 * What a sequence an engine moved forward means for each of its tables, worked out from
 * its new next value, and where ids drawn before the move survive it.
 */
public final class ForwardMove {

	private ForwardMove() {
	}

	/**
	 * Works out what a moved sequence means for each of its tables.
	 * @param sequence the sequence
	 * @param nextAfter its next value now
	 * @param extremes the furthest id of each table on the sequence, in its order
	 * @return one entry per table
	 */
	public static List<RepairResult.TableAfter> tablesAfter(DriftedSequence sequence, long nextAfter,
			List<Long> extremes) {
		List<RepairResult.TableAfter> after = new ArrayList<>();
		for (int i = 0; i < sequence.tables().size(); i++) {
			SequenceTable table = sequence.tables().get(i);
			double usage = DriftMath.usage(nextAfter, extremes.get(i), table.bounds());
			after.add(new RepairResult.TableAfter(table, nextAfter, DriftMath.firstId(table.generator(), nextAfter),
					usage, usage >= sequence.exhaustionThreshold()));
		}
		return after;
	}

	/**
	 * Says where ids drawn before the move survive it ({@link LeftoverIds}).
	 * @param sequence the moved sequence
	 * @return {@code "; but ..."} per cause, empty when none
	 */
	public static String leftovers(DriftedSequence sequence) {
		return LeftoverIds.describe(sequence)
			.stream()
			.map((leftover) -> "; but " + leftover)
			.collect(Collectors.joining());
	}

}
