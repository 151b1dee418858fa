package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.engine.Engine;
import dev.seqguard.engine.EngineCheck;
import dev.seqguard.measurement.Measurement;
import dev.seqguard.repair.RepairedReport;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;

/**
 * H2 2.x, where most Spring tests run: its {@code INFORMATION_SCHEMA} ({@link H2Check})
 * and {@code RESTART WITH} ({@link H2Repairer}). TABLE generators are checked on
 * PostgreSQL only.
 */
public final class H2Engine implements Engine {

	private final InspectionSettings settings;

	private final H2Repairer repairer;

	/**
	 * Creates the engine.
	 * @param settings timeouts, filter, thresholds and catalog schemas
	 */
	public H2Engine(InspectionSettings settings) {
		this.settings = settings;
		this.repairer = new H2Repairer(settings.switches());
	}

	@Override
	public EngineCheck check(String dataSourceName, Connection connection, DataSource dataSource, List<Target> targets,
			SchemaScope schemas) throws SQLException {
		Measurement measurement = H2Check.measure(connection, dataSource,
				targets.stream().map(H2Engine::tableGeneratorSkipped).toList(), this.settings);
		return new EngineCheck(measurement.reports(), measurement.driftedSequences(), List.of(), null);
	}

	@Override
	public DataSourceReport repair(DataSource dataSource, List<Target> targets, DataSourceReport report,
			List<DriftedSequence> sequences, Duration lockTimeout) {
		return RepairedReport.apply(report, this.repairer.repair(dataSource, sequences));
	}

	/** TABLE generators are checked on PostgreSQL only. */
	private static Target tableGeneratorSkipped(Target target) {
		return target.isTableGenerator() ? Target.skipped(target.entity(), target.table(), target.column(),
				target.generatorLabel(), "TABLE generator on H2: checked on PostgreSQL only") : target;
	}

}
