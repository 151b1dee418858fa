package dev.seqguard.metrics;

import java.util.function.Supplier;

import dev.seqguard.CheckObserver;
import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Makes each check and repair of a datasource a Micrometer {@link Observation} named
 * {@value #NAME}, so that a traced application sees it as a span, with the
 * low-cardinality keys {@code datasource}, {@code mode} ({@code check} or {@code repair})
 * and {@code outcome} ({@code success}, {@code error}, {@code skipped}).
 * <p>
 * With Micrometer's meter handler (Spring Boot registers it beside a
 * {@code MeterRegistry}) the observation is also the {@code seqguard.check} timer, with
 * those keys and {@code error} as tags.
 */
public final class SeqGuardObservations implements CheckObserver {

	/** The observation's name. */
	public static final String NAME = "seqguard.check";

	private final ObservationRegistry registry;

	/**
	 * Creates the observer and sets it on the guard.
	 * @param guard the guard whose checks are observed
	 * @param registry where observations go
	 */
	public SeqGuardObservations(SequenceGuard guard, ObservationRegistry registry) {
		this.registry = registry;
		guard.observeWith(this);
	}

	@Override
	public DataSourceReport observe(String dataSourceName, boolean repair, Supplier<DataSourceReport> check) {
		String mode = repair ? "repair" : "check";
		Observation observation = Observation.createNotStarted(NAME, this.registry)
			.contextualName("seqguard " + mode + " " + dataSourceName)
			.lowCardinalityKeyValue("datasource", dataSourceName)
			.lowCardinalityKeyValue("mode", mode)
			.start();
		// the scope makes the observation the parent of what the check observes (JDBC
		// spans)
		Observation.Scope scope = observation.openScope();
		try {
			DataSourceReport report = check.get();
			observation.lowCardinalityKeyValue("outcome", CheckOutcome.of(report));
			return report;
		}
		catch (RuntimeException ex) {
			observation.lowCardinalityKeyValue("outcome", "error");
			observation.error(ex);
			throw ex;
		}
		finally {
			scope.close();
			observation.stop();
		}
	}

}
