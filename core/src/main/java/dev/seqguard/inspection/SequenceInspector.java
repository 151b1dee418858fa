package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.report.DataSourceReport;

/**
 * Checks a datasource's targets: a fixed number of statements for the session and the catalog, plus one
 * {@code UNION ALL} statement per {@value StateReader#BRANCHES_PER_STATEMENT} sequences and tables.
 * <p>
 * Everything runs in {@code READ ONLY}, {@code READ COMMITTED} transactions under {@code statement_timeout}: a check
 * never writes and never takes a lock stronger than a read's.
 */
public final class SequenceInspector {

	/**
	 * Starts each transaction: READ COMMITTED whatever the database's or the pool's default, so that a read that
	 * waited for a lock sees what was committed meanwhile (a REPEATABLE READ snapshot is fixed by the first statement
	 * and would miss it), then the timeouts. Transaction-scoped, so the pooled connection keeps its own settings.
	 */
	private static final String SESSION_SQL = "set transaction isolation level read committed;\n"
			+ "select pg_catalog.set_config('statement_timeout', ?, true), "
			+ "pg_catalog.set_config('lock_timeout', ?, true), pg_catalog.quote_ident(current_user), "
			+ "pg_catalog.version()";

	/**
	 * Lock wait allowed to each table read one by one after a statement failed: a table held by another session
	 * already cost one statement timeout, it must not cost one more.
	 */
	static final Duration RETRY_LOCK_TIMEOUT = Duration.ofMillis(100);

	private final InspectionSettings settings;

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
	 * @return the report, {@link DataSourceReport.Outcome#FAILED} when the database could not be read, and the
	 * drifted sequences
	 */
	public Inspection inspect(String dataSourceName, DataSource dataSource, List<Target> targets) {
		Instant checkedAt = Instant.now();
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			if (!"PostgreSQL".equals(product)) {
				return skipped(dataSourceName, checkedAt, start, "database is " + product + ", not PostgreSQL");
			}
			return inspectReadOnly(dataSourceName, connection, targets, checkedAt, start);
		}
		catch (SQLException ex) {
			return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.FAILED, checkedAt,
					since(start), List.of(), DatabaseErrors.describe(ex)), List.of());
		}
	}

	private Inspection inspectReadOnly(String dataSourceName, Connection connection, List<Target> targets,
			Instant checkedAt, long start) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		boolean committed = false;
		try {
			Session session = startSession(connection, Duration.ZERO);
			// CockroachDB and YugabyteDB call themselves PostgreSQL to the driver; version() tells them apart
			String lookalike = ServerProduct.fromVersion(session.version()).skipReason(session.version());
			if (lookalike != null) {
				return skipped(dataSourceName, checkedAt, start, lookalike);
			}
			List<ResolvedTarget> resolved = TargetResolver.resolve(connection, targets);
			Measurement measurement = new Measurement(session.role(), this.settings);
			measurement.run(connection, resolved, (afterFailure) -> {
				connection.rollback();
				startSession(connection, afterFailure ? RETRY_LOCK_TIMEOUT : Duration.ZERO);
			});
			connection.commit();
			committed = true;
			return new Inspection(new DataSourceReport(dataSourceName, DataSourceReport.Outcome.COMPLETED, checkedAt,
					since(start), measurement.reports(), null), measurement.driftedSequences());
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

	/** Starts a transaction's settings; a zero lock timeout leaves lock waits to the statement timeout. */
	private Session startSession(Connection connection, Duration lockTimeout) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(SESSION_SQL)) {
			statement.setString(1, this.settings.statementTimeout().toMillis() + "ms");
			statement.setString(2, lockTimeout.toMillis() + "ms");
			statement.execute();
			try (ResultSet row = Results.last(statement)) {
				row.next();
				return new Session(row.getString(3), row.getString(4));
			}
		}
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
