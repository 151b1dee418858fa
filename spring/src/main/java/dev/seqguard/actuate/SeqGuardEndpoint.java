package dev.seqguard.actuate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetJson;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code GET /actuator/seqguard} returns the latest report without touching the database;
 * {@code GET /actuator/seqguard/{table}} the entries of one table ({@code table} or
 * {@code schema.table}; 404 when no target has that name); {@code POST} repairs every
 * drifted sequence now and returns the report after it.
 * <p>
 * Read-only by default: the repair answers only where the application granted it with
 * {@code management.endpoint.seqguard.access=unrestricted}. Responses are the endpoint's
 * own {@link OperationResponseBody} types, so the application's JSON settings cannot
 * reshape them.
 */
@Endpoint(id = "seqguard", defaultAccess = Access.READ_ONLY)
public class SeqGuardEndpoint {

	private final SequenceGuard guard;

	/**
	 * Creates the endpoint.
	 * @param guard the guard
	 */
	public SeqGuardEndpoint(SequenceGuard guard) {
		this.guard = guard;
	}

	/**
	 * Returns the latest report.
	 * @return the report
	 */
	@ReadOperation
	public ReportDescriptor report() {
		return new ReportDescriptor(this.guard.latestReport());
	}

	/**
	 * Returns the latest report's entries for one table.
	 * @param table {@code table} or {@code schema.table}
	 * @return the entries, {@code null} (404) when no target has that table
	 */
	@ReadOperation
	public @Nullable TableDescriptor table(@Selector String table) {
		List<TableEntry> entries = this.guard.latestReport()
			.dataSources()
			.stream()
			.flatMap((dataSource) -> dataSource.targets()
				.stream()
				.filter((target) -> table.equals(target.identity().table())
						|| table.equals(target.identity().qualifiedTable()))
				.map((target) -> new TableEntry(dataSource.dataSourceName(), TargetJson.of(target))))
			.toList();
		return entries.isEmpty() ? null : new TableDescriptor(table, entries);
	}

	/**
	 * Repairs now.
	 * @return the report after the repair
	 */
	@WriteOperation
	public ReportDescriptor repair() {
		SeqGuardReport report = this.guard.repair();
		// as at startup: one WARN for each sequence the repair left behind
		ReportLogger.log(report, this.guard.switches());
		return new ReportDescriptor(report);
	}

	/**
	 * The report of every datasource.
	 *
	 * @param dataSources one report per datasource
	 */
	public record ReportDescriptor(List<DataSourceDescriptor> dataSources) implements OperationResponseBody {

		ReportDescriptor(SeqGuardReport report) {
			this(report.dataSources().stream().map(DataSourceDescriptor::new).toList());
		}

	}

	/**
	 * The check of one datasource.
	 *
	 * @param dataSourceName the datasource's bean name
	 * @param outcome whether the check ran
	 * @param checkedAt when the check started
	 * @param duration how long it took
	 * @param detail why the check did not run, {@code null} when it completed
	 * @param targets one entry per id column, as {@link TargetJson} writes it
	 * @param unmappedSequences the sequences in the checked schemas that no checked
	 * target uses
	 */
	public record DataSourceDescriptor(String dataSourceName, DataSourceReport.Outcome outcome, Instant checkedAt,
			Duration duration, @Nullable String detail, List<Map<String, Object>> targets,
			List<String> unmappedSequences) {

		DataSourceDescriptor(DataSourceReport report) {
			this(report.dataSourceName(), report.outcome(), report.checkedAt(), report.duration(), report.detail(),
					report.targets().stream().map(TargetJson::of).toList(), report.unmappedSequences());
		}

	}

	/**
	 * The entries of one table.
	 *
	 * @param table the name asked for
	 * @param targets the table's entries, one per datasource and id column
	 */
	public record TableDescriptor(String table, List<TableEntry> targets) implements OperationResponseBody {

	}

	/**
	 * One entry of a table, with the datasource it was found in.
	 *
	 * @param dataSourceName the datasource's name
	 * @param target the entry, as {@link TargetJson} writes it
	 */
	public record TableEntry(String dataSourceName, Map<String, Object> target) {

	}

}
