package dev.seqguard.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Collects targets so that each id column is checked once, whichever entity Hibernate
 * lists first.
 * <p>
 * Several entities can map one table, typically an {@code @Immutable} reader with
 * assigned ids beside the entity that inserts with a generator. For each (table, id
 * column) a checked target wins over a skipped one, and a skipped one with a generator
 * over an assigned one; checked targets on different sequences are all kept, since each
 * sequence can fall behind the table. Targets that could not be understood are never
 * merged away.
 */
public final class DistinctTargets {

	private final Map<String, List<Target>> targetsByColumn = new LinkedHashMap<>();

	/**
	 * Adds a target, keeping or dropping it against those already added for the same id
	 * column.
	 * @param target the target
	 */
	public void add(Target target) {
		String key = (target.kind() == Target.Kind.ERROR)
				? "error/" + target.entity() + "/" + target.table() + "/" + this.targetsByColumn.size()
				: target.table() + "/" + target.column();
		List<Target> kept = this.targetsByColumn.get(key);
		if (kept == null) {
			kept = new ArrayList<>();
			kept.add(target);
			this.targetsByColumn.put(key, kept);
			return;
		}
		int rank = rank(target);
		int keptRank = rank(kept.get(0));
		if (rank > keptRank) {
			kept.clear();
			kept.add(target);
		}
		else if (target.isChecked() && rank == keptRank && !anyOnSameSequence(kept, target)) {
			kept.add(target);
		}
	}

	private static boolean anyOnSameSequence(List<Target> kept, Target target) {
		for (Target other : kept) {
			if (sameSequence(other, target)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds every target.
	 * @param targets the targets
	 */
	public void addAll(List<Target> targets) {
		for (Target target : targets) {
			add(target);
		}
	}

	/**
	 * Returns the kept targets, in the order their id columns were first seen.
	 * @return the targets
	 */
	public List<Target> list() {
		List<Target> kept = new ArrayList<>();
		for (List<Target> column : this.targetsByColumn.values()) {
			kept.addAll(column);
		}
		return List.copyOf(kept);
	}

	private static int rank(Target target) {
		if (target.isChecked()) {
			return 2;
		}
		return "assigned".equals(target.generatorLabel()) ? 0 : 1;
	}

	private static boolean sameSequence(Target one, Target other) {
		return Objects.equals(sequenceOf(one), sequenceOf(other));
	}

	private static @Nullable DbName sequenceOf(Target target) {
		IdGenerator generator = target.generator();
		return (generator != null) ? generator.sequence() : null;
	}

}
