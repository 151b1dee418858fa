package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.Messages;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.jspecify.annotations.Nullable;

/**
 * Runs the check again every {@code seqguard.refresh-interval} (never when zero) on one
 * daemon thread, so that gauges and health stay current, and sooner while a checked table
 * does not exist yet ({@link MissingTableWatch}); in {@code repair} mode the re-check
 * also repairs. Stops with the context, and imposes no {@code @EnableScheduling} on the
 * application.
 * <p>
 * Logs only what changed: a target that newly drifted or newly failed, the first failure
 * of a datasource's streak, and the recovery; a target that stays drifted or failing is
 * not logged again. A streak of failures is one WARN whatever each failure's message,
 * including a failure the startup check already logged, and it ends only once
 * {@value #CHECKS_TO_RECOVER} re-checks in a row succeeded: a datasource that fails every
 * other check (a proxy that loses the connection's state, an overloaded server) is one
 * WARN, not one per failure.
 * <p>
 * A re-check that has not answered within {@code seqguard.statement-timeout} (a pool
 * waiting its own connection timeout, 30 s with HikariCP's defaults) leaves each
 * datasource it did not finish {@code FAILED} at once, so gauges read NaN and health says
 * {@code UNKNOWN}; it goes on waiting in the background, and no other re-check starts
 * until it ends.
 */
public class SeqGuardRefresher implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private final SequenceGuard guard;

	private final Duration interval;

	private final boolean repair;

	private final BoundedRecheck bounded;

	/**
	 * Re-checks in a row that must succeed before a failing datasource counts as
	 * recovered.
	 */
	static final int CHECKS_TO_RECOVER = 3;

	/** Longest wait, when the context stops, for a check that is still running. */
	private static final Duration STOP_WAIT = Duration.ofSeconds(5);

	/**
	 * Per failing datasource, the re-checks in a row that succeeded since its latest
	 * failure.
	 */
	private final Map<String, Integer> failingDataSources = new HashMap<>();

	private final Map<String, Set<String>> reportedByDataSource = new HashMap<>();

	private boolean seeded;

	private final MissingTableWatch missingTables;

	private volatile @Nullable ScheduledExecutorService executor;

	/**
	 * Creates a refresher.
	 * @param guard the guard
	 * @param interval time between two checks
	 * @param repair whether a re-check repairs what it finds
	 */
	public SeqGuardRefresher(SequenceGuard guard, Duration interval, boolean repair) {
		this(guard, interval, repair, Duration.ZERO);
	}

	/**
	 * Creates a refresher whose re-checks answer within a bound.
	 * @param guard the guard
	 * @param interval time between two checks
	 * @param repair whether a re-check repairs what it finds
	 * @param answerWithin how long a re-check may take before its unfinished datasources
	 * read as failed; zero to wait for it
	 */
	public SeqGuardRefresher(SequenceGuard guard, Duration interval, boolean repair, Duration answerWithin) {
		this.guard = guard;
		this.interval = interval;
		this.repair = repair;
		this.bounded = new BoundedRecheck(guard, answerWithin);
		this.missingTables = new MissingTableWatch(interval);
	}

	@Override
	public void start() {
		if (this.interval.isZero()) {
			return;
		}
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "seqguard-refresh");
			thread.setDaemon(true);
			return thread;
		});
		this.executor = executor;
		Duration first = this.missingTables.afterCheck(this.guard.latestReport());
		logger.debug(LifecycleMessages.recheckScheduled(this.interval, Instant.now().plus(first)));
		scheduleAfter(executor, first);
	}

	/**
	 * Schedules the next re-check: after the refresh interval, sooner while a table is
	 * missing ({@link MissingTableWatch}).
	 */
	private void scheduleAfter(ScheduledExecutorService executor, Duration delay) {
		try {
			// refresh() catches everything, so the future never completes exceptionally;
			// stop() shuts the executor down
			ScheduledFuture<?> unused = executor.schedule(() -> {
				refresh();
				scheduleAfter(executor, this.missingTables.afterCheck(this.guard.latestReport()));
			}, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// stopped meanwhile
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.executor;
		if (executor != null) {
			executor.shutdownNow();
			this.bounded.stop();
			this.executor = null;
			try {
				// a check still running ends before the context closes its pools
				boolean unused = executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
				this.bounded.awaitTermination(STOP_WAIT);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	void refresh() {
		try {
			if (this.bounded.run(this::recheck)) {
				this.guard.latestReport().failed().forEach(this::logChanges);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// recheck() catches everything it can; the next run tries again
			logger.warn(LifecycleMessages.recheckFailed(), ex.getCause());
		}
	}

	private void recheck() {
		try {
			if (!this.seeded) {
				// the startup check logged this report already, failures included
				for (DataSourceReport dataSource : this.guard.latestReport().dataSources()) {
					this.reportedByDataSource.put(dataSource.dataSourceName(), reportedKeys(dataSource));
					if (dataSource.outcome() == DataSourceReport.Outcome.FAILED) {
						this.failingDataSources.put(dataSource.dataSourceName(), 0);
					}
				}
				this.seeded = true;
			}
			SeqGuardReport report = this.repair ? this.guard.repair() : this.guard.check();
			report.dataSources().forEach(this::logChanges);
		}
		catch (RuntimeException ex) {
			// never let the schedule die: the next run tries again
			logger.warn(LifecycleMessages.recheckFailed(), ex);
		}
	}

	private synchronized void logChanges(DataSourceReport report) {
		String name = report.dataSourceName();
		if (report.outcome() == DataSourceReport.Outcome.FAILED) {
			if (this.failingDataSources.put(name, 0) == null) {
				logger.warn(LifecycleMessages.recheckOfDataSourceFailed(report, CHECKS_TO_RECOVER));
			}
			return;
		}
		Integer successes = this.failingDataSources.get(name);
		if (successes != null) {
			if (successes + 1 >= CHECKS_TO_RECOVER) {
				this.failingDataSources.remove(name);
				logger.info(LifecycleMessages.recheckWorksAgain(name));
			}
			else {
				this.failingDataSources.put(name, successes + 1);
			}
		}
		Set<String> previous = this.reportedByDataSource.getOrDefault(name, Set.of());
		Set<String> reported = reportedKeys(report);
		for (TargetReport target : report.targets()) {
			String problem = Messages.problem(target);
			if (problem != null && !previous.contains(key(target))) {
				logger.warn(problem);
			}
		}
		this.reportedByDataSource.put(name, reported);
	}

	/** The targets worth a warning: drifted or failing. */
	private static Set<String> reportedKeys(DataSourceReport report) {
		Set<String> keys = new HashSet<>();
		for (TargetReport target : report.targets()) {
			if (Messages.problem(target) != null) {
				keys.add(key(target));
			}
		}
		return keys;
	}

	private static String key(TargetReport target) {
		return target.status() + " " + target.identity().qualifiedTable() + "." + target.identity().column();
	}

}
