package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.TargetReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Checks a datasource's targets: one statement for the session, the tenant and catalog
 * schemas when asked for ({@link ScopedTargets}), one catalog query for all targets, one
 * for the sequences no target uses ({@link UnmappedSequences}), then one statement per
 * {@value StateReader#READS_PER_TRANSACTION} sequences and tables ({@link StateReader}),
 * read side by side on connections the pool can spare.
 * <p>
 * Everything runs in {@code READ ONLY}, {@code READ COMMITTED} transactions under
 * {@code statement_timeout} and {@code lock_timeout}: a check never writes and never
 * takes a lock stronger than a read's.
 */
public final class SequenceInspector {

	/**
	 * The first transaction's settings ({@link PartReader#SESSION_SQL}), and what the
	 * check learns of the session.
	 */
	private static final String SESSION_SQL = PartReader.SESSION_SQL
			+ "select pg_catalog.quote_ident(current_user), pg_catalog.version()";

	private final InspectionSettings settings;

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private final WarmBackends warmBackends = new WarmBackends();

	/**
	 * Datasources whose entity tables exist only in tenant schemas, already said once.
	 */
	private final Set<String> tenantOnlyAnnounced = ConcurrentHashMap.newKeySet();

	/**
	 * Creates an inspector.
	 * @param settings timeouts, filter and thresholds
	 */
	public SequenceInspector(InspectionSettings settings) {
		this.settings = settings;
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
			DatabaseEngine engine = DatabaseEngine.forProduct(product);
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
			List<Target> targets, SchemaScope schemas, Instant checkedAt, long start, DatabaseEngine engine)
			throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		boolean committed = false;
		try {
			if (engine == DatabaseEngine.H2) {
				Measurement measurement = H2Check.measure(connection, dataSource,
						targets.stream().map(SequenceInspector::tableGeneratorSkippedOnH2).toList(), this.settings);
				connection.commit();
				committed = true;
				return completed(dataSourceName, checkedAt, start, measurement, engine, List.of(), List.of());
			}
			Session session = startSession(connection);
			// CockroachDB and YugabyteDB call themselves PostgreSQL to the driver;
			// version() tells them apart
			String lookalike = ServerProduct.fromVersion(session.version()).skipReason(session.version());
			if (lookalike != null) {
				return skipped(dataSourceName, checkedAt, start, lookalike);
			}
			List<Target> tableGenerated = targets.stream().filter(TableGeneratorCheck::isTableGenerator).toList();
			ScopedTargets scoped = ScopedTargets.list(connection,
					targets.stream().filter((target) -> !TableGeneratorCheck.isTableGenerator(target)).toList(),
					schemas);
			List<ResolvedTarget> resolved = scoped.withoutCovered(
					TargetResolver.resolve(connection, dataSource, scoped.targets(), this.settings.statementTimeout()));
			if (!scoped.onlyInTenantSchemas().isEmpty() && this.tenantOnlyAnnounced.add(dataSourceName)) {
				logger.info(LifecycleMessages.checkedOnlyInTenantSchemas(dataSourceName, scoped.onlyInTenantSchemas(),
						this.settings.switches()));
			}
			List<String> unmapped = UnmappedSequences.list(connection, resolved, scoped.schemas(),
					this.settings.tableFilter());
			Measurement measurement = new Measurement(session.role(), this.settings, this.warmBackends);
			measurement.run(connection, resolved, dataSource);
			List<TargetReport> tableReports = tableGenerated.isEmpty() ? List.of()
					: TableGeneratorCheck.check(connection, tableGenerated);
			connection.commit();
			committed = true;
			return completed(dataSourceName, checkedAt, start, measurement, engine, unmapped, tableReports);
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
	 * Starts the first transaction: each lock a read waits for waits at most the
	 * statement timeout.
	 */
	private Session startSession(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SESSION_SQL)) {
			String timeout = this.settings.statementTimeout().toMillis() + "ms";
			statement.setString(1, timeout);
			statement.setString(2, timeout);
			statement.execute();
			try (ResultSet row = Results.last(statement)) {
				row.next();
				return new Session(row.getString(1), row.getString(2));
			}
		}
	}

	private static Inspection completed(String dataSourceName, Instant checkedAt, long start, Measurement measurement,
			DatabaseEngine engine, List<String> unmapped, List<TargetReport> tableReports) {
		List<TargetReport> reports = new ArrayList<>(measurement.reports());
		reports.addAll(tableReports);
		return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.COMPLETED, checkedAt,
				since(start), reports, null, unmapped), measurement.driftedSequences(), engine);
	}

	/** TABLE generators are checked on PostgreSQL only. */
	private static Target tableGeneratorSkippedOnH2(Target target) {
		return TableGeneratorCheck.isTableGenerator(target) ? Target.skipped(target.entity(), target.table(),
				target.column(), target.generatorLabel(), "TABLE generator on H2: checked on PostgreSQL only") : target;
	}

	private static Inspection skipped(String dataSourceName, Instant checkedAt, long start, String reason) {
		return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.NOT_POSTGRESQL, checkedAt,
				since(start), List.of(), reason), List.of());
	}

	private static Duration since(long startNanos) {
		return Duration.ofNanos(System.nanoTime() - startNanos);
	}

	/** What the first statement of a transaction learns about the session. */
	private record Session(String role, String version) {
	}

}
