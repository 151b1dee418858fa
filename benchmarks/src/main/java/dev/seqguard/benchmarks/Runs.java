package dev.seqguard.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Timing: medians of repetitions, cold (a fresh pool of fresh backends for each
 * repetition, as at an application's startup) or warm (the same backends again, as a
 * re-check).
 */
final class Runs {

	/** HikariCP's default pool size, what a Spring Boot application starts with. */
	static final int POOL_SIZE = 10;

	private Runs() {
	}

	/** Work timed against a pool. */
	@FunctionalInterface
	interface PoolTask {

		Object run(DataSource pool) throws Exception;

	}

	/**
	 * The median time of {@code task}, each repetition on a new pool whose
	 * {@value #POOL_SIZE} connections (new backends: no cached plans, cold catalog
	 * caches) are opened before the clock starts, as Hikari opens them when an
	 * application starts. One untimed repetition first warms the JVM, not the backends.
	 */
	static double cold(String url, int repetitions, PoolTask task) throws Exception {
		return cold(url, POOL_SIZE, repetitions, task);
	}

	/** The same on a pool of {@code poolSize} connections. */
	static double cold(String url, int poolSize, int repetitions, PoolTask task) throws Exception {
		double[] millis = new double[repetitions + 1];
		for (int i = 0; i <= repetitions; i++) {
			try (HikariDataSource pool = filledPool(url, poolSize)) {
				long start = System.nanoTime();
				task.run(pool);
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
		}
		return median(Arrays.copyOfRange(millis, 1, millis.length));
	}

	/** The median time of {@code task} on the same pool, after two untimed runs. */
	static double warm(int repetitions, Runnable untimedSetup, Callable<?> task) throws Exception {
		for (int i = 0; i < 2; i++) {
			untimedSetup.run();
			task.call();
		}
		double[] millis = new double[repetitions];
		for (int i = 0; i < repetitions; i++) {
			untimedSetup.run();
			long start = System.nanoTime();
			task.call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		return median(millis);
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** A pool of {@code size} connections, all open and idle when it is returned. */
	static HikariDataSource filledPool(String url, int size) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername("postgres");
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(size);
		HikariDataSource pool = new HikariDataSource(config);
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (pool.getHikariPoolMXBean().getIdleConnections() < size && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return pool;
	}

}
