package dev.seqguard.inspection;

import dev.seqguard.discovery.IdGenerator;

/**
 * Describes the statement that would repair a drifted target, or why no statement can.
 */
final class Fixes {

	private Fixes() {
	}

	/**
	 * Describes the fix of a drifted target.
	 * @param target the target
	 * @param generator its generator
	 * @param bounds its sequence's parameters
	 * @param sharedExtreme the largest id over every table on the sequence (smallest, descending)
	 * @return the SQL to run, or why the sequence cannot be moved far enough
	 */
	static String describeFix(ResolvedTarget target, IdGenerator generator, SequenceBounds bounds, long sharedExtreme) {
		long required;
		try {
			required = DriftMath.requiredNextValue(generator, sharedExtreme, bounds.descending());
		}
		catch (ArithmeticException ex) {
			return "cannot be repaired: no bigint value clears id " + sharedExtreme;
		}
		boolean beyondSequence = bounds.descending() ? required < bounds.min() : required > bounds.max();
		boolean beyondColumn = bounds.descending() ? required < bounds.columnMin() : required > bounds.columnMax();
		if (beyondSequence || beyondColumn) {
			String limit = beyondSequence
					? "sequence " + target.sequenceSql() + " stops at " + (bounds.descending() ? bounds.min() : bounds.max())
					: "column type " + target.columnType() + " stops at "
							+ (bounds.descending() ? bounds.columnMin() : bounds.columnMax());
			return "cannot be repaired in place: ids must continue beyond " + sharedExtreme + " but " + limit
					+ "; widen the column and the sequence (ALTER TABLE ... TYPE bigint; ALTER SEQUENCE ... AS bigint)";
		}
		String fix = Setval.forNextValue(required, bounds).toSql(target.sequenceSql())
				+ " -- or set seqguard.mode=repair";
		if (target.cache() > 1) {
			fix += "; the sequence has CACHE " + target.cache() + ": sessions that cached values before keep handing"
					+ " them out after it, so restart the application afterwards and run ALTER SEQUENCE "
					+ target.sequenceSql() + " CACHE 1";
		}
		return fix;
	}

}
