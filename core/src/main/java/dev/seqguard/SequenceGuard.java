package dev.seqguard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.discovery.Target;
import dev.seqguard.engine.Engine;
import dev.seqguard.engine.postgresql.catalog.MappingCheck;
import dev.seqguard.inspection.Inspection;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.settings.Switches;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Checks every guarded datasource for sequences that fell behind their tables, and keeps
 * the latest report.
 * <p>
 * Usable without Spring: give it datasources and targets. In a Spring Boot application it
 * is an auto-configured bean, so a test can assert that no sequence drifted:
 * <pre class="code">
 * assertThat(sequenceGuard.check().drifted()).isEmpty();
 * </pre>
 */
public class SequenceGuard {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private final List<GuardedDataSource> dataSources;

	private final SequenceInspector inspector;

	private final Duration repairLockTimeout;

	private final List<SequenceMapping> mappings;

	private final Switches switches;

	/**
	 * Each guarded datasource used as it is: what {@link #check()} and {@link #repair()}
	 * pass to {@link #run}.
	 */
	public static final UnaryOperator<DataSource> AS_GIVEN = new AsGiven();

	private final Map<String, List<Target>> targetsByDataSource = new ConcurrentHashMap<>();

	private final List<SeqGuardListener> listeners = new CopyOnWriteArrayList<>();

	private volatile SeqGuardReport latestReport = new SeqGuardReport(List.of());

	private volatile CheckObserver observer = CheckObserver.NONE;

	/**
	 * Creates a guard.
	 * @param dataSources the datasources to check
	 * @param settings timeouts, filter and thresholds
	 */
	public SequenceGuard(List<GuardedDataSource> dataSources, InspectionSettings settings) {
		this(dataSources, settings, Duration.ofSeconds(5));
	}

	/**
	 * Creates a guard.
	 * @param dataSources the datasources to check
	 * @param settings timeouts, filter and thresholds
	 * @param repairLockTimeout longest wait for the locks a repair takes
	 */
	public SequenceGuard(List<GuardedDataSource> dataSources, InspectionSettings settings, Duration repairLockTimeout) {
		this.dataSources = List.copyOf(dataSources);
		this.inspector = new SequenceInspector(settings);
		this.switches = settings.switches();
		this.repairLockTimeout = repairLockTimeout;
		this.mappings = settings.schemas().sequences();
	}

	/**
	 * Returns how the front end that made this guard names the settings its messages
	 * point to.
	 * @return the switches
	 */
	public Switches switches() {
		return this.switches;
	}

	/**
	 * Checks each sequence mapping entry against every datasource that can be reached:
	 * its sequence, table and integer column must exist in at least one. Datasources that
	 * cannot be reached are left to the check, which reports them.
	 * @throws IllegalStateException naming each entry that maps to nothing, and why
	 */
	public void verifySequenceMappings() {
		Map<String, DataSource> byName = new LinkedHashMap<>();
		for (GuardedDataSource dataSource : this.dataSources) {
			byName.put(dataSource.name(), dataSource.dataSource());
		}
		MappingCheck.verify(byName, this.mappings);
	}

	/**
	 * Checks every datasource now; read-only. The result also becomes the
	 * {@link #latestReport()}.
	 * @return the report
	 */
	public SeqGuardReport check() {
		return run(false, AS_GIVEN);
	}

	/**
	 * Checks every datasource now and moves each drifted sequence forward, under locks,
	 * only forward; the result also becomes the {@link #latestReport()}. Repaired targets
	 * are {@code REPAIRED}; those that could not be repaired stay {@code DRIFT} with the
	 * reason, or become {@code ERROR} when no value of the sequence fits.
	 * @return the report after the repairs
	 */
	public SeqGuardReport repair() {
		return run(true, AS_GIVEN);
	}

	/**
	 * Checks, and when asked repairs, through connections the caller provides: each
	 * guarded datasource passes through {@code connections} first, for example to join a
	 * test's transaction so that rows it inserted are seen. A datasource the function
	 * returns unchanged is used as usual; a changed one serves the repair too.
	 * @param repair whether to repair what the check finds
	 * @param connections maps each guarded datasource to the one to use
	 * @return the report
	 */
	public synchronized SeqGuardReport run(boolean repair, UnaryOperator<DataSource> connections) {
		List<DataSourceReport> reports = new ArrayList<>(this.dataSources.size());
		for (GuardedDataSource dataSource : this.dataSources) {
			DataSource checkSource = connections.apply(dataSource.dataSource());
			DataSource repairSource = (checkSource != dataSource.dataSource()) ? checkSource
					: dataSource.repairDataSource();
			DataSourceReport report;
			try {
				report = this.observer.observe(dataSource.name(), repair,
						new OneDataSource(dataSource, checkSource, repair ? repairSource : null));
			}
			catch (RuntimeException ex) {
				// whatever fails inside SeqGuard costs this datasource's check, never the
				// application
				logger.debug(LifecycleMessages.failedOnDataSource(dataSource.name()), ex);
				report = new DataSourceReport(dataSource.name(), DataSourceReport.Outcome.FAILED, Instant.now(),
						Duration.ZERO, List.of(), LifecycleMessages.failedUnexpectedly(ex));
			}
			reports.add(report);
			for (SeqGuardListener listener : this.listeners) {
				listener.checked(report);
			}
		}
		SeqGuardReport report = new SeqGuardReport(reports);
		this.latestReport = report;
		return report;
	}

	private DataSourceReport runOne(GuardedDataSource dataSource, DataSource checkSource,
			@Nullable DataSource repairSource) {
		List<Target> targets = this.targetsByDataSource.get(dataSource.name());
		if (targets == null) {
			targets = List.copyOf(dataSource.targets().get());
			this.targetsByDataSource.put(dataSource.name(), targets);
		}
		SchemaScope schemas = dataSource.schemas();
		Inspection inspection = (schemas != null)
				? this.inspector.inspect(dataSource.name(), checkSource, targets, schemas.withSequences(this.mappings))
				: this.inspector.inspect(dataSource.name(), checkSource, targets);
		DataSourceReport report = inspection.report();
		Engine engine = inspection.engine();
		if (repairSource == null || engine == null
				|| (inspection.driftedSequences().isEmpty() && !anyTableGenerated(report.drifted()))) {
			return report;
		}
		DataSourceReport after = engine.repair(repairSource, targets, report, inspection.driftedSequences(),
				this.repairLockTimeout);
		for (SeqGuardListener listener : this.listeners) {
			listener.repaired(report, after);
		}
		return after;
	}

	/**
	 * The check, and repair, of one datasource, as the observer runs it. A class, not a
	 * lambda, as is {@link AsGiven}: each lambda costs a new JVM a class spun at its
	 * first call, in the startup check.
	 */
	private final class OneDataSource implements Supplier<DataSourceReport> {

		private final GuardedDataSource dataSource;

		private final DataSource checkSource;

		private final @Nullable DataSource repairSource;

		OneDataSource(GuardedDataSource dataSource, DataSource checkSource, @Nullable DataSource repairSource) {
			this.dataSource = dataSource;
			this.checkSource = checkSource;
			this.repairSource = repairSource;
		}

		@Override
		public DataSourceReport get() {
			return runOne(this.dataSource, this.checkSource, this.repairSource);
		}

	}

	/** Each datasource used as it is. */
	private static final class AsGiven implements UnaryOperator<DataSource> {

		@Override
		public DataSource apply(DataSource dataSource) {
			return dataSource;
		}

	}

	private static boolean anyTableGenerated(List<TargetReport.Checked> drifted) {
		for (TargetReport.Checked target : drifted) {
			if ("table".equals(target.identity().generator())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Records a datasource whose check has not answered in time and may still be waiting
	 * (for a pool's connection, for the database): until a check of it completes, the
	 * latest report and the listeners see it {@code FAILED}, so that gauges read NaN and
	 * health says {@code UNKNOWN} rather than the last good values.
	 * @param dataSourceName the datasource
	 * @param detail why, and what happens next
	 */
	public void recordUnanswered(String dataSourceName, String detail) {
		DataSourceReport failed = new DataSourceReport(dataSourceName, DataSourceReport.Outcome.FAILED, Instant.now(),
				Duration.ZERO, List.of(), detail);
		List<DataSourceReport> reports = new ArrayList<>(this.latestReport.dataSources());
		reports.removeIf((report) -> report.dataSourceName().equals(dataSourceName));
		reports.add(failed);
		this.latestReport = new SeqGuardReport(reports);
		this.listeners.forEach((listener) -> listener.checked(failed));
	}

	/**
	 * Adds a listener told about every later check and repair.
	 * @param listener the listener
	 */
	public void addListener(SeqGuardListener listener) {
		this.listeners.add(listener);
	}

	/**
	 * Sets what wraps each later check and repair of a datasource.
	 * @param observer the observer; {@link CheckObserver#NONE} for none
	 */
	public void observeWith(CheckObserver observer) {
		this.observer = observer;
	}

	/**
	 * Returns the report of the latest check, without touching the database.
	 * @return the latest report; empty before the first check
	 */
	public SeqGuardReport latestReport() {
		return this.latestReport;
	}

	/**
	 * Returns the datasources this guard checks.
	 * @return the guarded datasources
	 */
	public List<GuardedDataSource> dataSources() {
		return this.dataSources;
	}

}
