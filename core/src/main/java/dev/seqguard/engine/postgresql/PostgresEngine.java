package dev.seqguard.engine.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.engine.Engine;
import dev.seqguard.engine.EngineCheck;
import dev.seqguard.engine.postgresql.catalog.ScopedTargets;
import dev.seqguard.engine.postgresql.catalog.TargetResolver;
import dev.seqguard.engine.postgresql.catalog.KnownSequences;
import dev.seqguard.engine.postgresql.catalog.UnmappedSequences;
import dev.seqguard.engine.postgresql.reads.PartReader;
import dev.seqguard.engine.postgresql.reads.Results;
import dev.seqguard.engine.postgresql.reads.StateReader;
import dev.seqguard.engine.postgresql.reads.WarmBackends;
import dev.seqguard.engine.postgresql.repair.SequenceRepairer;
import dev.seqguard.engine.postgresql.repair.Setval;
import dev.seqguard.engine.postgresql.tablegenerator.TableGeneratorCheck;
import dev.seqguard.engine.postgresql.tablegenerator.TableRowRepairer;
import dev.seqguard.engine.postgresql.tablegenerator.TenantTableGenerators;
import dev.seqguard.measurement.FixStatement;
import dev.seqguard.measurement.Measurable;
import dev.seqguard.measurement.Measurement;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.repair.RepairedReport;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.TargetReport;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * PostgreSQL 13 and newer: one statement for the session, the tenant and catalog schemas
 * when asked for ({@link ScopedTargets}), one catalog query for all targets and, in the
 * same round trip, one for the sequences no target uses ({@link UnmappedSequences}), then
 * one statement per {@value StateReader#READS_PER_TRANSACTION} sequences and tables
 * ({@link StateReader}), read side by side on connections the pool can spare; repaired
 * with {@code setval} ({@link SequenceRepairer}) and TABLE generator rows
 * ({@link TableRowRepairer}).
 * <p>
 * Everything a check runs is in {@code READ ONLY}, {@code READ COMMITTED} transactions
 * under {@code statement_timeout} and {@code lock_timeout}: a check never writes and
 * never takes a lock stronger than a read's.
 */
public final class PostgresEngine implements Engine {

	/**
	 * The first transaction's settings ({@link PartReader#SESSION_SQL}), and what the
	 * check learns of the session.
	 */
	private static final String SESSION_SQL = PartReader.SESSION_SQL
			+ "select pg_catalog.quote_ident(current_user), pg_catalog.version()";

	/**
	 * PostgreSQL's statement that moves a sequence: a {@code setval} ({@link Setval}).
	 */
	public static final FixStatement FIX_STATEMENT = new SetvalStatement();

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private final InspectionSettings settings;

	private final WarmBackends warmBackends = new WarmBackends();

	private final KnownSequences knownSequences = new KnownSequences();

	/**
	 * Datasources whose entity tables exist only in tenant schemas, already said once.
	 */
	private final Set<String> tenantOnlyAnnounced = ConcurrentHashMap.newKeySet();

	/**
	 * Creates the engine.
	 * @param settings timeouts, filter and thresholds
	 */
	public PostgresEngine(InspectionSettings settings) {
		this.settings = settings;
	}

	@Override
	public EngineCheck check(String dataSourceName, Connection connection, DataSource dataSource, List<Target> targets,
			SchemaScope schemas) throws SQLException {
		Session session = startSession(connection);
		// CockroachDB and YugabyteDB call themselves PostgreSQL to the driver;
		// version() tells them apart
		String lookalike = ServerProduct.fromVersion(session.version()).skipReason(session.version());
		if (lookalike != null) {
			return EngineCheck.skipped(lookalike);
		}
		ScopedTargets scoped = ScopedTargets.list(connection, tableGenerated(targets, false), schemas);
		UnmappedSequences unmappedSequences = new UnmappedSequences(scoped.targets(), scoped.schemas(),
				this.settings.tableFilter(), this.knownSequences, dataSource);
		List<ResolvedTarget> resolved = scoped.withoutCovered(TargetResolver.resolve(connection, dataSource,
				scoped.targets(), this.settings.statementTimeout(), unmappedSequences));
		if (!scoped.onlyInTenantSchemas().isEmpty() && this.tenantOnlyAnnounced.add(dataSourceName)) {
			logger.info(LifecycleMessages.checkedOnlyInTenantSchemas(dataSourceName, scoped.onlyInTenantSchemas(),
					this.settings.switches()));
		}
		List<String> unmapped = unmappedSequences.list(connection, resolved);
		Measurement measurement = new Measurement(session.role(), this.settings,
				new StateReader(this.settings.statementTimeout(), this.warmBackends), FIX_STATEMENT);
		measurement.run(connection, resolved, dataSource);
		List<TargetReport> reports = new ArrayList<>(measurement.reports());
		List<Target> tableGenerated = TenantTableGenerators.list(connection, tableGenerated(targets, true),
				scoped.schemas(), schemas);
		if (!tableGenerated.isEmpty()) {
			reports.addAll(TableGeneratorCheck.check(connection, tableGenerated, this.settings.tableFilter(),
					this.settings.switches()));
		}
		return new EngineCheck(reports, measurement.driftedSequences(), unmapped, null);
	}

	@Override
	public DataSourceReport repair(DataSource dataSource, List<Target> targets, DataSourceReport report,
			List<DriftedSequence> sequences, Duration lockTimeout) {
		SequenceRepairer repairer = new SequenceRepairer(lockTimeout, this.settings.statementTimeout(),
				this.settings.switches());
		return new TableRowRepairer(lockTimeout.toMillis(), this.settings.switches()).repair(dataSource,
				TenantTableGenerators.inReport(tableGenerated(targets, true), report),
				RepairedReport.apply(report, repairer.repair(dataSource, sequences)));
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

	/** The targets of TABLE generators, or all the others. */
	private static List<Target> tableGenerated(List<Target> targets, boolean tableGenerated) {
		List<Target> kept = new ArrayList<>();
		for (Target target : targets) {
			if (target.isTableGenerator() == tableGenerated) {
				kept.add(target);
			}
		}
		return kept;
	}

	/** A {@code setval} that makes the sequence hand out the next value. */
	private static final class SetvalStatement implements FixStatement {

		@Override
		public String sql(Measurable target, long next) {
			return Setval.forNextValue(next, target.bounds()).toSql(target.sequenceSql());
		}

	}

	/** What the first statement of a transaction learns about the session. */
	private record Session(String role, String version) {
	}

}
