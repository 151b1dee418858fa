package dev.seqguard.report;

/**
 * The state of one checked id column.
 */
public enum TargetStatus {

	/** The generator will hand out ids above every existing id. */
	OK,

	/**
	 * The generator will hand out at least one id that already exists: the next inserts
	 * can fail.
	 */
	DRIFT,

	/** The sequence was moved forward by SeqGuard during this check. */
	REPAIRED,

	/** Not checked; the detail says why. */
	SKIPPED,

	/** The check failed for this target; the detail names the error and what to do. */
	ERROR

}
