package dev.seqguard;

import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.settings.SchemaScope;
import org.jspecify.annotations.Nullable;

/**
 * A datasource and the id columns to check in it.
 *
 * @param name the name used in logs, reports and as the meters' data source tag
 * @param dataSource where the tables live; every check connects through it
 * @param repairDataSource the same database, connected as the role that repairs (the
 * {@code dataSource} itself unless the repair has credentials of its own)
 * @param targets supplies the targets; called once, on the first check
 * @param schemas where the check looks beyond the targets in this datasource;
 * {@code null} for the guard's settings
 */
public record GuardedDataSource(String name, DataSource dataSource, DataSource repairDataSource,
		Supplier<List<Target>> targets, @Nullable SchemaScope schemas) {

	/**
	 * Creates a guarded datasource with the guard's catalog and tenant schemas.
	 * @param name the name
	 * @param dataSource the datasource
	 * @param repairDataSource the datasource of the repairing role
	 * @param targets supplies the targets
	 */
	public GuardedDataSource(String name, DataSource dataSource, DataSource repairDataSource,
			Supplier<List<Target>> targets) {
		this(name, dataSource, repairDataSource, targets, null);
	}

	/**
	 * Creates a guarded datasource that repairs through its own connections.
	 * @param name the name
	 * @param dataSource the datasource
	 * @param targets supplies the targets
	 */
	public GuardedDataSource(String name, DataSource dataSource, Supplier<List<Target>> targets) {
		this(name, dataSource, dataSource, targets);
	}

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

	/**
	 * Returns this datasource with repairs going through other connections, for example
	 * as a role that may {@code setval} while the application's own role may not.
	 * @param repairDataSource the datasource of the repairing role
	 * @return the guarded datasource
	 */
	public GuardedDataSource withRepairDataSource(DataSource repairDataSource) {
		return new GuardedDataSource(this.name, this.dataSource, repairDataSource, this.targets, this.schemas);
	}

	/**
	 * Returns this datasource with catalog and tenant schemas of its own, for example the
	 * {@code search_path} of a datasource no entity maps next to one that entities map.
	 * @param schemas where the check looks beyond the targets
	 * @return the guarded datasource
	 */
	public GuardedDataSource withSchemas(SchemaScope schemas) {
		return new GuardedDataSource(this.name, this.dataSource, this.repairDataSource, this.targets, schemas);
	}

}
