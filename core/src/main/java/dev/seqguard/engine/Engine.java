package dev.seqguard.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.settings.SchemaScope;

/**
 * A database SeqGuard checks and repairs, each with its own catalog queries, state reads
 * and repair; the arithmetic, the report, the messages and everything Spring does are the
 * same for all.
 */
public interface Engine {

	/**
	 * Checks the targets inside the check's transaction, which is read-only and committed
	 * by the caller.
	 * @param dataSourceName the name used in reports and log lines
	 * @param connection the check's connection, not auto-committing
	 * @param dataSource the datasource the connection came from
	 * @param targets the targets, checked or skipped
	 * @param schemas the catalog and tenant schemas of this datasource
	 * @return what the check found
	 * @throws SQLException when the database cannot be read
	 */
	EngineCheck check(String dataSourceName, Connection connection, DataSource dataSource, List<Target> targets,
			SchemaScope schemas) throws SQLException;

	/**
	 * Moves the drifted sequences (and rows) of a check forward, only forward, under
	 * locks.
	 * @param dataSource the datasource to repair through
	 * @param targets the datasource's targets
	 * @param report the check's report
	 * @param sequences the drifted sequences the check found
	 * @param lockTimeout the longest wait for any lock
	 * @return the report with each repaired target {@code REPAIRED} and the others as
	 * they were or with why not
	 */
	DataSourceReport repair(DataSource dataSource, List<Target> targets, DataSourceReport report,
			List<DriftedSequence> sequences, Duration lockTimeout);

}
