package dev.seqguard.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.TargetStatus;

/**
 * SeqGuard's check of N tables (catalog lookups included) next to the baselines, measured
 * in the same run: cold, the headline (each repetition on a new pool of new backends, as
 * at startup), and warm (a re-check on the same backends). Every approach must find the
 * same number of drifted tables, or the run stops.
 */
final class CheckComparison {

	/** Loopback: the startup check at most 1.3 times the server-side floor. */
	static final double FLOOR_TARGET = 1.3;

	/** Through the proxy: at most 2 times the server-side floor. */
	static final double PROXY_FLOOR_TARGET = 2.0;

	/** At most 0.4 times the naive checker. */
	static final double NAIVE_TARGET = 0.4;

	/** Sizes the targets apply to. */
	static final int TARGETS_FROM = 1000;

	private final Schema schema;

	private final SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);

	CheckComparison(Schema schema) {
		this.schema = schema;
	}

	static List<String> coldHeader() {
		return new ArrayList<>(List
			.of("| tables | network | SeqGuard ms | SeqGuard, 1 connection ms | server-side floor ms | naive ms "
					+ "| one UNION ALL ms | SeqGuard / floor (target) | SeqGuard / naive (target) "
					+ "| SeqGuard / UNION ALL |", "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"));
	}

	static List<String> warmHeader() {
		return new ArrayList<>(List.of(
				"| tables | network | SeqGuard ms | server-side floor ms | naive ms | one UNION ALL ms "
						+ "| SeqGuard / floor | SeqGuard / naive | SeqGuard / UNION ALL |",
				"|---:|---|---:|---:|---:|---:|---:|---:|---:|"));
	}

	/** One row of the cold table: every approach on new pools of new backends. */
	String cold(String url, int tables, boolean proxied) throws Exception {
		List<Target> targets = this.schema.targets(tables);
		int expected = this.schema.drifted(tables);
		int repetitions = (tables >= 1000) ? 5 : 9;
		int slowRepetitions = (tables >= 1000) ? 3 : 9;
		double seqGuard = Runs.cold(url, repetitions, (pool) -> seqGuard(pool, targets, expected));
		// a pool with no idle connection to spare: the check reads on its own connection
		// only
		double oneConnection = Runs.cold(url, 1, repetitions, (pool) -> seqGuard(pool, targets, expected));
		double floor = Runs.cold(url, repetitions,
				(pool) -> agree(Baselines.serverSide(pool, this.schema, tables), expected, "server-side floor"));
		double naive = Runs.cold(url, slowRepetitions,
				(pool) -> agree(Baselines.naive(pool, this.schema, tables), expected, "naive"));
		double unionAll = Runs.cold(url, slowRepetitions,
				(pool) -> agree(Baselines.unionAll(pool, this.schema, tables), expected, "UNION ALL"));
		boolean targeted = tables >= TARGETS_FROM;
		double floorTarget = proxied ? PROXY_FLOOR_TARGET : FLOOR_TARGET;
		return String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s | %.2f |", tables,
				network(proxied), seqGuard, oneConnection, floor, naive, unionAll,
				ratio(seqGuard / floor, targeted ? floorTarget : 0),
				ratio(seqGuard / naive, (targeted && !proxied) ? NAIVE_TARGET : 0), seqGuard / unionAll);
	}

	/** One row of the warm table: every approach again on the same backends. */
	String warm(DataSource pool, int tables, boolean proxied) throws Exception {
		List<Target> targets = this.schema.targets(tables);
		int expected = this.schema.drifted(tables);
		int repetitions = (tables >= 1000) ? 7 : 15;
		Runnable none = () -> {
		};
		double seqGuard = Runs.warm(repetitions, none, () -> seqGuard(pool, targets, expected));
		double floor = Runs.warm(repetitions, none,
				() -> agree(Baselines.serverSide(pool, this.schema, tables), expected, "server-side floor"));
		double naive = Runs.warm((tables >= 1000) ? 3 : repetitions, none,
				() -> agree(Baselines.naive(pool, this.schema, tables), expected, "naive"));
		double unionAll = Runs.warm(repetitions, none,
				() -> agree(Baselines.unionAll(pool, this.schema, tables), expected, "UNION ALL"));
		return String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.3f | %.2f |", tables,
				network(proxied), seqGuard, floor, naive, unionAll, seqGuard / floor, seqGuard / naive,
				seqGuard / unionAll);
	}

	/**
	 * The heap every thread allocates during one cold check (new pool, new backends),
	 * median of 3.
	 */
	String heap(String url, int tables) throws Exception {
		List<Target> targets = this.schema.targets(tables);
		double[] megabytes = new double[4];
		for (int i = 0; i < megabytes.length; i++) {
			try (HikariDataSource pool = Runs.filledPool(url, Runs.POOL_SIZE)) {
				long before = totalAllocatedBytes();
				seqGuard(pool, targets, this.schema.drifted(tables));
				megabytes[i] = (totalAllocatedBytes() - before) / 1e6;
			}
		}
		double median = Runs.median(Arrays.copyOfRange(megabytes, 1, megabytes.length));
		return String.format(Locale.ROOT,
				"Heap allocated by one cold check of %,d tables (all threads, median of 3): %.1f MB"
						+ " (target < 20 MB: %s)",
				tables, median, (median < 20) ? "met" : "NOT met");
	}

	private Object seqGuard(DataSource pool, List<Target> targets, int expected) {
		DataSourceReport report = this.inspector.inspect("bench", pool, targets).report();
		if (report.drifted().size() != expected) {
			throw new IllegalStateException("SeqGuard found " + report.drifted().size() + " drifted, expected "
					+ expected + ": " + report.detail() + " "
					+ report.targets().stream().filter((t) -> t.status() == TargetStatus.ERROR).limit(3).toList());
		}
		return report;
	}

	static Object agree(int actual, int expected, String who) {
		if (actual != expected) {
			throw new IllegalStateException(who + " found " + actual + " drifted, expected " + expected);
		}
		return actual;
	}

	static String ratio(double ratio, double target) {
		if (target == 0) {
			return String.format(Locale.ROOT, "%.2f", ratio);
		}
		return String.format(Locale.ROOT, "**%.2f** (≤ %.1f: %s)", ratio, target,
				(ratio <= target) ? "met" : "NOT met");
	}

	static String network(boolean proxied) {
		return proxied ? "+0.5 ms each way" : "loopback";
	}

	/**
	 * Bytes allocated by every thread of the JVM so far, dead ones included. Called
	 * reflectively: compiled with {@code --release 17} on a newer JDK, the method is not
	 * visible to the compiler.
	 */
	private static long totalAllocatedBytes() {
		try {
			return (long) com.sun.management.ThreadMXBean.class.getMethod("getTotalThreadAllocatedBytes")
				.invoke(ManagementFactory.getThreadMXBean());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This JVM cannot count the bytes its threads allocate", ex);
		}
	}

}
