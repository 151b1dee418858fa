package dev.seqguard.measurement;

import java.util.List;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.SequenceBounds;
import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * Describes the statement that would repair a drifted target, or why no statement can.
 */
final class Fixes {

	private Fixes() {
	}

	/**
	 * Describes the fix of a drifted target.
	 * @param target the target
	 * @param tablesOnSequence every readable table on its sequence with its extreme id:
	 * the fix must clear them all, each by its own generator, as the repair does
	 * @param statement the engine's statement that moves the sequence
	 * @param switches how the front end asks for a repair
	 * @return the SQL to run, or why the sequence cannot be moved far enough
	 */
	static String describeFix(Measurable target, List<DriftMath.TableExtreme> tablesOnSequence, FixStatement statement,
			Switches switches) {
		SequenceBounds bounds = target.bounds();
		Long sharedExtreme = null;
		for (DriftMath.TableExtreme table : tablesOnSequence) {
			Long extreme = table.extremeId();
			if (extreme != null) {
				sharedExtreme = (sharedExtreme == null) ? extreme
						: (bounds.descending() ? Math.min(sharedExtreme, extreme) : Math.max(sharedExtreme, extreme));
			}
		}
		Long required;
		try {
			required = DriftMath.requiredNextValue(tablesOnSequence, bounds.descending());
		}
		catch (ArithmeticException ex) {
			return "cannot be repaired: no bigint value clears id " + sharedExtreme;
		}
		if (required == null) {
			return "every table on the sequence is empty now: nothing to repair";
		}
		SequenceBounds.Limit crossed = bounds.limitBefore(required);
		if (crossed != null) {
			String limit = crossed.ofSequence() ? "sequence " + target.sequenceSql() + " stops at " + crossed.value()
					: "column type " + target.column().type() + " stops at " + crossed.value();
			return "cannot be repaired in place: ids must continue beyond " + sharedExtreme + " but " + limit
					+ "; widen the column and the sequence (ALTER TABLE ... TYPE bigint; ALTER SEQUENCE ... AS bigint)";
		}
		String repairMode = switches.repairMode();
		String fix = statement.sql(target, required)
				+ ((repairMode != null) ? " -- or " + switches.give(repairMode) : " -- or have SeqGuard repair it")
				+ sharedWith(target, tablesOnSequence, sharedExtreme);
		if (target.settings().cache() > 1) {
			fix += "; the sequence has CACHE " + target.settings().cache()
					+ ": sessions that cached values before keep handing"
					+ " them out after it, so restart the application afterwards and run ALTER SEQUENCE "
					+ target.sequenceSql() + " CACHE 1";
		}
		return fix;
	}

	/**
	 * Names the other table whose id the fix clears, when the sequence is shared and that
	 * table holds the furthest id.
	 */
	private static String sharedWith(Measurable target, List<DriftMath.TableExtreme> tablesOnSequence,
			@Nullable Long sharedExtreme) {
		String holder = null;
		for (DriftMath.TableExtreme table : tablesOnSequence) {
			if (sharedExtreme != null && sharedExtreme.equals(table.extremeId())) {
				if (target.tableSql().equals(table.table())) {
					// the target's own table holds it
					return "";
				}
				holder = (holder != null) ? holder : table.table();
			}
		}
		return (holder != null)
				? "; id " + sharedExtreme + " is in table " + holder + ", which shares sequence " + target.sequenceSql()
				: "";
	}

}
