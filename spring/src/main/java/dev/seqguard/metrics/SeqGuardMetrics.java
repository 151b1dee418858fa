package dev.seqguard.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.seqguard.SeqGuardListener;
import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.DataSourceReport.Outcome;
import dev.seqguard.report.PrintableText;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetIdentity;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Publishes SeqGuard's meters:
 * <ul>
 * <li>{@code seqguard.sequence.lag} (gauge; {@code datasource}, {@code schema},
 * {@code table}, {@code column}, {@code sequence}): ids at or below {@code max(id)} the
 * generator would still hand out; NaN when unknown;</li>
 * <li>{@code seqguard.sequence.usage} (gauge, same tags): share of the sequence's usable
 * range consumed;</li>
 * <li>{@code seqguard.drifted} (gauge; {@code datasource}): targets with lag &gt; 0;</li>
 * <li>{@code seqguard.check} (timer; {@code datasource}, {@code outcome} =
 * {@code success}|{@code error}), unless {@link SeqGuardObservations} times the
 * checks;</li>
 * <li>{@code seqguard.repairs} (counter; {@code datasource}, {@code schema},
 * {@code table}, {@code outcome} = {@code repaired}|{@code failed});</li>
 * <li>{@code seqguard.sequences.unmapped} (gauge; {@code datasource}): sequences in the
 * checked schemas that no checked target uses.</li>
 * </ul>
 * Gauges read values kept here from the latest check, so a scrape runs no SQL. Skipped
 * targets, and targets that disappear from the report, are not published. When a check of
 * a datasource fails, its gauges stay but read NaN rather than stale numbers.
 */
public final class SeqGuardMetrics implements MeterBinder, SeqGuardListener {

	private final Map<String, DataSourceReport> latestByDataSource = new ConcurrentHashMap<>();

	// replaced whole after each check, so a scrape sees one check's values or the next
	// one's, never a mix
	private volatile Map<Tags, Double> lags = Map.of();

	private volatile Map<Tags, Double> usages = Map.of();

	private volatile Map<Tags, Double> drifted = Map.of();

	private volatile Map<Tags, Double> unmapped = Map.of();

	private final List<Meters> boundRegistries = new CopyOnWriteArrayList<>();

	// the startup check runs before Spring Boot binds meter binders: its timings and
	// repairs wait here
	private final List<Consumer<MeterRegistry>> recordedBeforeBinding = new ArrayList<>();

	private final boolean timesChecks;

	/**
	 * Creates the meters' source, timer included, and subscribes to the guard's checks.
	 * @param guard the guard
	 */
	public SeqGuardMetrics(SequenceGuard guard) {
		this(guard, true);
	}

	/**
	 * Creates the meters' source and subscribes to the guard's checks.
	 * @param guard the guard
	 * @param timesChecks whether to publish the {@code seqguard.check} timer;
	 * {@code false} when an observation of each check publishes it
	 */
	public SeqGuardMetrics(SequenceGuard guard, boolean timesChecks) {
		this.timesChecks = timesChecks;
		guard.addListener(this);
		guard.latestReport().dataSources().forEach(this::remember);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Meters meters = new Meters(registry,
				MultiGauge.builder("seqguard.sequence.lag")
					.description("How many ids at or below max(id) the generator would still hand out; 0 when healthy")
					.register(registry),
				MultiGauge.builder("seqguard.sequence.usage")
					.description("Share of the sequence's usable range already consumed")
					.register(registry),
				MultiGauge.builder("seqguard.drifted")
					.description("Targets whose sequence is behind the data after the latest check")
					.register(registry),
				MultiGauge.builder("seqguard.sequences.unmapped")
					.description("Sequences in the checked schemas that no checked target uses")
					.register(registry));
		synchronized (this.recordedBeforeBinding) {
			this.recordedBeforeBinding.forEach((event) -> event.accept(registry));
			this.boundRegistries.add(meters);
		}
		publish(meters);
	}

	@Override
	public void checked(DataSourceReport report) {
		remember(report);
		if (this.timesChecks && report.outcome() != Outcome.NOT_POSTGRESQL) {
			record((registry) -> Timer.builder("seqguard.check")
				.description("Duration of each check")
				.tags("datasource", report.dataSourceName(), "outcome", CheckOutcome.of(report))
				.register(registry)
				.record(report.duration()));
		}
		this.boundRegistries.forEach(this::publish);
	}

	@Override
	public void repaired(DataSourceReport before, DataSourceReport after) {
		for (int i = 0; i < before.targets().size(); i++) {
			TargetReport target = after.targets().get(i);
			if (before.targets().get(i).status() != TargetStatus.DRIFT || target.status() == TargetStatus.OK) {
				continue;
			}
			String outcome = (target.status() == TargetStatus.REPAIRED) ? "repaired" : "failed";
			record((registry) -> Counter.builder("seqguard.repairs")
				.description("Repairs attempted")
				.tags("datasource", after.dataSourceName(), "schema", tagValue(target.identity().schema()), "table",
						tagValue(target.identity().table()), "outcome", outcome)
				.register(registry)
				.increment());
		}
	}

	/**
	 * Records into every bound registry, or keeps the event for the registries bound
	 * later.
	 */
	private void record(Consumer<MeterRegistry> event) {
		synchronized (this.recordedBeforeBinding) {
			if (this.boundRegistries.isEmpty()) {
				this.recordedBeforeBinding.add(event);
				return;
			}
		}
		this.boundRegistries.forEach((meters) -> event.accept(meters.registry()));
	}

	private synchronized void remember(DataSourceReport report) {
		DataSourceReport previous = this.latestByDataSource.get(report.dataSourceName());
		// a failed check keeps the previous targets so that their gauges read NaN instead
		// of vanishing
		this.latestByDataSource.put(report.dataSourceName(), (report.outcome() == Outcome.FAILED && previous != null)
				? failedWithTargetsOf(report, previous) : report);
		Map<Tags, Double> lags = new HashMap<>();
		Map<Tags, Double> usages = new HashMap<>();
		Map<Tags, Double> drifted = new HashMap<>();
		Map<Tags, Double> unmapped = new HashMap<>();
		for (DataSourceReport dataSource : this.latestByDataSource.values()) {
			boolean failed = dataSource.outcome() == Outcome.FAILED;
			if (dataSource.outcome() != Outcome.NOT_POSTGRESQL) {
				Tags tags = Tags.of("datasource", dataSource.dataSourceName());
				drifted.put(tags, failed ? Double.NaN : dataSource.drifted().size());
				unmapped.put(tags, failed ? Double.NaN : dataSource.unmappedSequences().size());
			}
			for (TargetReport target : dataSource.targets()) {
				if (target.status() != TargetStatus.SKIPPED) {
					Tags tags = targetTags(dataSource.dataSourceName(), target);
					Long lag = target.knownLag();
					Reading reading = target.knownReading();
					lags.put(tags, (failed || lag == null) ? Double.NaN : lag);
					usages.put(tags, (failed || reading == null) ? Double.NaN : reading.usage());
				}
			}
		}
		this.lags = lags;
		this.usages = usages;
		this.drifted = drifted;
		this.unmapped = unmapped;
	}

	private static DataSourceReport failedWithTargetsOf(DataSourceReport failed, DataSourceReport previous) {
		return new DataSourceReport(failed.dataSourceName(), failed.outcome(), failed.checkedAt(), failed.duration(),
				previous.targets(), failed.detail());
	}

	/**
	 * Adds gauges for new targets and removes those of vanished ones; existing gauges
	 * keep reading.
	 */
	private synchronized void publish(Meters meters) {
		meters.lag().register(rows(this.lags.keySet(), (metrics) -> metrics.lags), false);
		meters.usage().register(rows(this.usages.keySet(), (metrics) -> metrics.usages), false);
		meters.drifted().register(rows(this.drifted.keySet(), (metrics) -> metrics.drifted), false);
		meters.unmapped().register(rows(this.unmapped.keySet(), (metrics) -> metrics.unmapped), false);
	}

	private List<MultiGauge.Row<?>> rows(Set<Tags> keys, Function<SeqGuardMetrics, Map<Tags, Double>> values) {
		List<MultiGauge.Row<?>> rows = new ArrayList<>(keys.size());
		// each gauge reads the binder's latest values (a strongly held bean), never the
		// database
		keys.forEach((tags) -> rows
			.add(MultiGauge.Row.of(tags, this, (metrics) -> values.apply(metrics).getOrDefault(tags, Double.NaN))));
		return rows;
	}

	private static Tags targetTags(String dataSource, TargetReport target) {
		TargetIdentity identity = target.identity();
		return Tags.of("datasource", dataSource, "schema", tagValue(identity.schema()), "table",
				tagValue(identity.table()), "column", tagValue(identity.column()), "sequence",
				tagValue(identity.sequence()));
	}

	/** A name as a tag value: printable (a scrape is text too), empty when absent. */
	private static String tagValue(@Nullable String name) {
		return (name != null) ? PrintableText.of(name) : "";
	}

	private record Meters(MeterRegistry registry, MultiGauge lag, MultiGauge usage, MultiGauge drifted,
			MultiGauge unmapped) {
	}

}
