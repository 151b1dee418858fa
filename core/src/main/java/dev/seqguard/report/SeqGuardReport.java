package dev.seqguard.report;

import java.util.List;

/**
 * The latest check of every datasource.
 *
 * @param dataSources one report per datasource, in context order
 */
public record SeqGuardReport(List<DataSourceReport> dataSources) {

	/**
	 * Creates a report.
	 */
	public SeqGuardReport {
		dataSources = List.copyOf(dataSources);
	}

	/**
	 * Returns every target of every datasource.
	 * @return all targets
	 */
	public List<TargetReport> targets() {
		return this.dataSources.stream().flatMap((dataSource) -> dataSource.targets().stream()).toList();
	}

	/**
	 * Returns the targets whose sequence is behind the data, over all datasources.
	 * @return the drifted targets
	 */
	public List<TargetReport.Checked> drifted() {
		return this.dataSources.stream().flatMap((dataSource) -> dataSource.drifted().stream()).toList();
	}

	/**
	 * Returns the datasources whose check did not run.
	 * @return the failed datasource reports
	 */
	public List<DataSourceReport> failed() {
		return this.dataSources.stream()
			.filter((dataSource) -> dataSource.outcome() == DataSourceReport.Outcome.FAILED)
			.toList();
	}

}
