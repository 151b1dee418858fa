package dev.seqguard.autoconfigure;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

import dev.seqguard.SequenceDriftException;
import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.SeqGuardReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.core.Ordered;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Checks (in {@code repair} mode: checks and repairs) every datasource once at startup,
 * before any traffic.
 * <p>
 * The work happens when every singleton of the context exists
 * ({@link SmartInitializingSingleton}): Flyway and Liquibase have migrated and the entity
 * manager factories are ready, but no lifecycle bean has started yet, so the web server
 * does not accept a connection, message listener containers and schedulers are not
 * running, and no {@link ApplicationRunner} has run. An {@code ApplicationRunner} alone
 * would start too late: Spring Boot opens the port during the context refresh, before it
 * calls any runner. As a runner of the highest precedence this bean still comes before
 * the application's own runners in the rare contexts that create it late (it then checks
 * there).
 * <p>
 * With {@code seqguard.start-early} (the default) the work begins earlier, on a thread of
 * its own, as soon as the database initializers and the entity manager factories are done
 * ({@link DatabaseReadyWatch}), while the context creates its other beans; when every
 * singleton exists, the context waits here until it is done.
 * <p>
 * {@code report} and {@code repair} never stop the application, whatever fails inside
 * SeqGuard: one WARN says what went wrong. {@code fail} stops startup on drift or when
 * the database cannot be checked.
 * <p>
 * The check is the startup step {@value #STARTUP_STEP} (tagged with the mode and whether
 * it started early), seen in {@code /actuator/startup} when the application records its
 * startup. Started early, it is recorded on its own thread, so the steps of beans created
 * meanwhile may show it as their parent.
 */
public class SeqGuardStartupCheck
		implements SmartInitializingSingleton, ApplicationRunner, ApplicationStartupAware, Ordered {

	/** The name of the startup step the check is. */
	public static final String STARTUP_STEP = "seqguard.check";

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private final SequenceGuard guard;

	private final SeqGuardProperties.Mode mode;

	/** The check once begun: running early, or done at once. */
	private @Nullable CompletableFuture<Void> begun;

	private ApplicationStartup applicationStartup = ApplicationStartup.DEFAULT;

	/**
	 * Creates the startup check.
	 * @param guard the guard
	 * @param mode what to do about drift
	 */
	public SeqGuardStartupCheck(SequenceGuard guard, SeqGuardProperties.Mode mode) {
		this.guard = guard;
		this.mode = mode;
	}

	@Override
	public void afterSingletonsInstantiated() {
		checkOrAwait();
	}

	@Override
	public void run(ApplicationArguments args) {
		checkOrAwait();
	}

	/**
	 * Starts the check on a thread of its own, unless it has started; the next
	 * {@link #afterSingletonsInstantiated()} or {@link #run} waits for it.
	 */
	synchronized void startEarly() {
		if (this.begun == null) {
			this.begun = CompletableFuture.runAsync(() -> check(true), (task) -> {
				Thread thread = new Thread(task, "seqguard-startup-check");
				thread.setDaemon(true);
				thread.start();
			});
		}
	}

	private void checkOrAwait() {
		CompletableFuture<Void> begun;
		synchronized (this) {
			begun = this.begun;
			if (begun == null) {
				this.begun = CompletableFuture.completedFuture(null);
			}
		}
		if (begun == null) {
			check(false);
			return;
		}
		try {
			begun.join();
		}
		catch (CompletionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private void check(boolean early) {
		StartupStep step = this.applicationStartup.start(STARTUP_STEP)
			.tag("mode", modeName())
			.tag("early", Boolean.toString(early));
		try {
			// a seqguard.sequences entry that maps to nothing is a configuration error,
			// in every mode
			this.guard.verifySequenceMappings();
			checkNow(SequenceGuard.AS_GIVEN);
		}
		finally {
			step.end();
		}
	}

	@Override
	public void setApplicationStartup(ApplicationStartup applicationStartup) {
		this.applicationStartup = applicationStartup;
	}

	/**
	 * Checks now, and in {@code repair} mode repairs, through the given connections; logs
	 * the outcome and, in {@code fail} mode, throws when a sequence drifted or a
	 * datasource could not be checked.
	 * @param connections maps each guarded datasource to the one to use (for example a
	 * test's transaction)
	 */
	public void checkNow(UnaryOperator<DataSource> connections) {
		SeqGuardReport report;
		try {
			report = this.guard.run(this.mode == SeqGuardProperties.Mode.REPAIR, connections);
			ReportLogger.log(report, PropertySwitches.PROPERTIES);
		}
		catch (RuntimeException ex) {
			if (this.mode == SeqGuardProperties.Mode.FAIL) {
				throw ex;
			}
			logger.warn(StarterMessages.startupCheckFailed(modeName(), ex), ex);
			return;
		}
		if (this.mode == SeqGuardProperties.Mode.FAIL) {
			failOnProblems(report);
		}
	}

	private String modeName() {
		return this.mode.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static void failOnProblems(SeqGuardReport report) {
		List<DataSourceReport> failed = report.failed();
		if (!failed.isEmpty()) {
			throw new IllegalStateException(StarterMessages.failModeNeedsACheck(failed.get(0)));
		}
		if (!report.drifted().isEmpty()) {
			throw new SequenceDriftException(report.drifted(), PropertySwitches.PROPERTIES);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
