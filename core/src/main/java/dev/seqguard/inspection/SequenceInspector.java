package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.engine.Engine;
import dev.seqguard.engine.EngineCheck;
import dev.seqguard.engine.h2.H2Engine;
import dev.seqguard.engine.postgresql.PostgresEngine;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;
import org.jspecify.annotations.Nullable;

/**
 * Checks a datasource's targets on the engine its database runs ({@link Engine}):
 * PostgreSQL or H2, in one {@code READ ONLY} transaction the engine's reads join; any
 * other database is skipped with one line that says so.
 */
public final class SequenceInspector {

	private final InspectionSettings settings;

	private final Engine postgresql;

	private final Engine h2;

	/**
	 * Creates an inspector.
	 * @param settings timeouts, filter and thresholds
	 */
	public SequenceInspector(InspectionSettings settings) {
		this.settings = settings;
		this.postgresql = new PostgresEngine(settings);
		this.h2 = new H2Engine(settings);
	}

	/**
	 * Checks every target against the datasource.
	 * @param dataSourceName the name used in reports and metrics
	 * @param dataSource the datasource the targets live in
	 * @param targets the targets, checked or skipped
	 * @return the report, {@link DataSourceReport.Outcome#FAILED} when the database could
	 * not be read, and the drifted sequences
	 */
	public Inspection inspect(String dataSourceName, DataSource dataSource, List<Target> targets) {
		return inspect(dataSourceName, dataSource, targets, this.settings.schemas());
	}

	/**
	 * Checks every target against the datasource, looking beyond them where the given
	 * scope says.
	 * @param dataSourceName the name used in reports and metrics
	 * @param dataSource the datasource the targets live in
	 * @param targets the targets, checked or skipped
	 * @param schemas the catalog and tenant schemas of this datasource
	 * @return the report, {@link DataSourceReport.Outcome#FAILED} when the database could
	 * not be read, and the drifted sequences
	 */
	public Inspection inspect(String dataSourceName, DataSource dataSource, List<Target> targets, SchemaScope schemas) {
		Instant checkedAt = Instant.now();
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			Engine engine = engineFor(product);
			if (engine == null) {
				return skipped(dataSourceName, checkedAt, start,
						"database is " + product + ", which SeqGuard does not check (it checks PostgreSQL and H2)");
			}
			return inspectReadOnly(dataSourceName, dataSource, connection, targets, schemas, checkedAt, start, engine);
		}
		catch (SQLException ex) {
			return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.FAILED, checkedAt,
					since(start), List.of(), DatabaseErrors.describe(ex, this.settings.switches())), List.of());
		}
	}

	private Inspection inspectReadOnly(String dataSourceName, DataSource dataSource, Connection connection,
			List<Target> targets, SchemaScope schemas, Instant checkedAt, long start, Engine engine)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		boolean committed = false;
		try {
			EngineCheck check = engine.check(dataSourceName, connection, dataSource, targets, schemas);
			String skipReason = check.skipReason();
			if (skipReason != null) {
				return skipped(dataSourceName, checkedAt, start, skipReason);
			}
			connection.commit();
			committed = true;
			return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.COMPLETED, checkedAt,
					since(start), check.reports(), null, check.unmappedSequences()), check.driftedSequences(), engine);
		}
		finally {
			if (!connection.isClosed()) {
				if (!committed) {
					connection.rollback();
				}
				connection.setReadOnly(readOnly);
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	/**
	 * Returns the engine for a JDBC product name.
	 * @param productName what {@code DatabaseMetaData#getDatabaseProductName()} says
	 * @return the engine, or {@code null} for a database SeqGuard does not check
	 */
	private @Nullable Engine engineFor(String productName) {
		return switch (productName) {
			case "PostgreSQL" -> this.postgresql;
			case "H2" -> this.h2;
			default -> null;
		};
	}

	private static Inspection skipped(String dataSourceName, Instant checkedAt, long start, String reason) {
		return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.NOT_POSTGRESQL, checkedAt,
				since(start), List.of(), reason), List.of());
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

}
