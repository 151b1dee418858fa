package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import org.jspecify.annotations.Nullable;

/**
 * Runs each re-check on a worker thread and waits for it at most
 * {@code seqguard.statement-timeout}: a re-check still waiting then (a pool waiting its
 * own connection timeout) leaves each datasource it did not finish {@code FAILED} at
 * once, goes on in the background, and no other re-check starts until it ends.
 */
final class BoundedRecheck {

	private final SequenceGuard guard;

	private final Duration answerWithin;

	/** The datasources the running re-check has finished. */
	private final Set<String> answered = ConcurrentHashMap.newKeySet();

	private volatile @Nullable Future<?> running;

	private final ExecutorService worker = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "seqguard-recheck");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Creates the bound.
	 * @param guard the guard whose datasources read as failed when the bound passes
	 * @param answerWithin how long a re-check may take; zero to wait for it on the
	 * calling thread
	 */
	BoundedRecheck(SequenceGuard guard, Duration answerWithin) {
		this.guard = guard;
		this.answerWithin = answerWithin;
		guard.addListener((report) -> this.answered.add(report.dataSourceName()));
	}

	/**
	 * Runs a re-check unless the previous one is still waiting.
	 * @param recheck the re-check
	 * @return whether it ran past the bound, its unfinished datasources now read as
	 * failed
	 * @throws ExecutionException when the re-check threw
	 * @throws InterruptedException when the calling thread was interrupted
	 */
	boolean run(Runnable recheck) throws ExecutionException, InterruptedException {
		Future<?> previous = this.running;
		if (previous != null && !previous.isDone()) {
			// still waiting, and already reported as failed: no second wait piles up
			return false;
		}
		if (this.answerWithin.isZero()) {
			recheck.run();
			return false;
		}
		this.answered.clear();
		Future<?> running = this.worker.submit(recheck);
		this.running = running;
		try {
			running.get(this.answerWithin.toMillis(), TimeUnit.MILLISECONDS);
			return false;
		}
		catch (TimeoutException ex) {
			for (GuardedDataSource dataSource : this.guard.dataSources()) {
				if (!this.answered.contains(dataSource.name())) {
					this.guard.recordUnanswered(dataSource.name(), StarterMessages.noAnswerWithin(this.answerWithin));
				}
			}
			return true;
		}
	}

	/** Stops the worker, interrupting a re-check that still waits. */
	void stop() {
		this.worker.shutdownNow();
	}

	/**
	 * Waits for a re-check still running after {@link #stop()}.
	 * @param wait the longest wait
	 * @throws InterruptedException when the calling thread was interrupted
	 */
	void awaitTermination(Duration wait) throws InterruptedException {
		boolean unused = this.worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
	}

}
