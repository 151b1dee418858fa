package dev.seqguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.seqguard.discovery.Target;
import dev.seqguard.inspection.InspectionSettings;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;

/**
 * Checks every guarded datasource for sequences that fell behind their tables, and keeps the latest report.
 * <p>
 * Usable without Spring: give it datasources and targets. In a Spring Boot application it is an auto-configured
 * bean, so a test can assert that no sequence drifted:
 * <pre class="code">
 * assertThat(sequenceGuard.check().drifted()).isEmpty();
 * </pre>
 */
public class SequenceGuard {

	private final List<GuardedDataSource> dataSources;

	private final SequenceInspector inspector;

	private final Map<String, List<Target>> targetsByDataSource = new ConcurrentHashMap<>();

	private volatile SeqGuardReport latestReport = new SeqGuardReport(List.of());

	/**
	 * Creates a guard.
	 * @param dataSources the datasources to check
	 * @param settings timeouts, filter and thresholds
	 */
	public SequenceGuard(List<GuardedDataSource> dataSources, InspectionSettings settings) {
		this.dataSources = List.copyOf(dataSources);
		this.inspector = new SequenceInspector(settings);
	}

	/**
	 * Checks every datasource now; read-only. The result also becomes the {@link #latestReport()}.
	 * @return the report
	 */
	public SeqGuardReport check() {
		List<DataSourceReport> reports = new ArrayList<>(this.dataSources.size());
		for (GuardedDataSource dataSource : this.dataSources) {
			List<Target> targets = this.targetsByDataSource.computeIfAbsent(dataSource.name(),
					(name) -> List.copyOf(dataSource.targets().get()));
			reports.add(this.inspector.inspect(dataSource.name(), dataSource.dataSource(), targets));
		}
		SeqGuardReport report = new SeqGuardReport(reports);
		this.latestReport = report;
		return report;
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
