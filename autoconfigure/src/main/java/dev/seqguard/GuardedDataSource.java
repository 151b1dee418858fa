package dev.seqguard;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;

/**
 * A datasource and the id columns to check in it.
 *
 * @param name the name used in logs, reports and the {@code datasource} tag
 * @param dataSource where the tables live
 * @param targets supplies the targets; called once, on the first check
 */
public record GuardedDataSource(String name, DataSource dataSource, Supplier<List<Target>> targets) {

	/**
	 * Creates a guarded datasource with a fixed list of targets.
	 * @param name the name
	 * @param dataSource the datasource
	 * @param targets the targets
	 * @return the guarded datasource
	 */
	public static GuardedDataSource of(String name, DataSource dataSource, List<Target> targets) {
		List<Target> copy = List.copyOf(targets);
		return new GuardedDataSource(name, dataSource, () -> copy);
	}

}
