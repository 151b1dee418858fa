package dev.seqguard.benchmarks;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.inspection.InspectionSettings;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Measures, in one run on one embedded PostgreSQL, SeqGuard's check against the cheapest single statement a person
 * could write for the same answer (the floor) and a naive per-table checker (two round trips per table), on
 * loopback and through a proxy adding 0.5 ms each way; the check of a 10-million-row table; the repair of 1,000
 * drifted sequences against a bare {@code setval} loop; and the heap one check allocates. Prints medians and
 * ratios; every approach must agree on the number of drifted tables.
 * <p>
 * Run: {@code mvn -q -pl benchmarks -am compile exec:java}; {@code -Dexec.args="repair"} (or {@code check},
 * {@code heap}, {@code rows}) runs only those parts.
 */
public final class SeqGuardBenchmark {

	private static final int[] SIZES = { 10, 100, 1000, 5000 };

	private static final int LARGEST = 5000;

	private static final long PROXY_DELAY_NANOS = 500_000;

	private SeqGuardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<String> parts = (args.length > 0) ? List.of(args) : List.of("check", "heap", "rows", "repair");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			// the floor, one statement over 5,000 tables, locks ~15,000 relations at once
			.setServerConfig("max_locks_per_transaction", "256")
			.setServerConfig("shared_buffers", "256MB")
			.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Schema schema = new Schema(LARGEST);
			if (parts.contains("check") || parts.contains("heap") || parts.contains("rows")) {
				try (HikariDataSource setup = pool(url)) {
					long start = System.nanoTime();
					schema.create(setup);
					System.out.printf(Locale.ROOT, "Created %d tables of 1,000 rows in %.1f s%n", LARGEST,
							(System.nanoTime() - start) / 1e9);
				}
			}
			List<String> lines = new ArrayList<>();
			lines.add("| tables | network | SeqGuard ms | floor ms | naive ms | SeqGuard / floor | SeqGuard / naive |");
			lines.add("|---:|---|---:|---:|---:|---:|---:|");
			double[] loopbackSeqGuard = new double[SIZES.length];
			try (HikariDataSource direct = pool(url); LatencyProxy proxy = new LatencyProxy(postgres.getPort(),
					PROXY_DELAY_NANOS); HikariDataSource remote = pool(url.replace(":" + postgres.getPort() + "/",
							":" + proxy.port() + "/"))) {
				if (parts.contains("check")) {
					for (int s = 0; s < SIZES.length; s++) {
						int tables = SIZES[s];
						loopbackSeqGuard[s] = compare(lines, direct, schema, tables, "loopback");
						compare(lines, remote, schema, tables, "+0.5 ms each way");
					}
					lines.add("");
					lines.add(String.format(Locale.ROOT, "5,000 / 1,000 tables (SeqGuard, loopback): %.2f",
							loopbackSeqGuard[3] / loopbackSeqGuard[2]));
				}
				if (parts.contains("heap")) {
					lines.add(heapOfOneCheck(direct, schema, 1000));
				}
				if (parts.contains("rows")) {
					lines.add(bigTable(direct, schema));
				}
				if (parts.contains("repair")) {
					lines.add(repair(direct));
				}
			}
			System.out.println();
			lines.forEach(System.out::println);
		}
	}

	private static double compare(List<String> lines, DataSource dataSource, Schema schema, int tables,
			String network) throws Exception {
		List<Target> targets = schema.targets(tables);
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		int expected = schema.drifted(tables);
		int repetitions = (tables >= 1000) ? 7 : 15;
		double seqGuard = median(repetitions, () -> {
			DataSourceReport report = inspector.inspect("bench", dataSource, targets).report();
			return check(report.drifted().size(), expected, "SeqGuard", report);
		});
		double floor = median(repetitions, () -> check(Baselines.floor(dataSource, schema, tables), expected, "floor", null));
		double naive = median((tables >= 1000) ? 3 : repetitions,
				() -> check(Baselines.naive(dataSource, schema, tables), expected, "naive", null));
		lines.add(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.2f | %.3f |", tables, network,
				seqGuard, floor, naive, seqGuard / floor, seqGuard / naive));
		System.out.println(lines.get(lines.size() - 1));
		return seqGuard;
	}

	private static String heapOfOneCheck(DataSource dataSource, Schema schema, int tables) {
		List<Target> targets = schema.targets(tables);
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long[] allocated = new long[5];
		for (int i = 0; i < allocated.length; i++) {
			long before = threads.getCurrentThreadAllocatedBytes();
			inspector.inspect("bench", dataSource, targets);
			allocated[i] = threads.getCurrentThreadAllocatedBytes() - before;
		}
		Arrays.sort(allocated);
		return String.format(Locale.ROOT, "Heap allocated by one check of %,d tables: %.1f MB (median of 5)", tables,
				allocated[2] / 1e6);
	}

	private static String bigTable(DataSource dataSource, Schema schema) throws Exception {
		long start = System.nanoTime();
		execute(dataSource, """
				create table big (id bigint generated by default as identity primary key);
				insert into big (id) select generate_series(1, 10000000);
				select setval('big_id_seq', 10000000, true);
				""");
		execute(dataSource, "vacuum analyze big");
		System.out.printf(Locale.ROOT, "Created a table of 10,000,000 rows in %.1f s%n", (System.nanoTime() - start) / 1e9);
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		List<Target> big = List.of(Target.checked("Big", new DbName("public", "big"), "id", IdGenerator.IDENTITY));
		List<Target> small = List.of(schema.targets(1).get(0));
		double bigMs = median(101, () -> inspector.inspect("bench", dataSource, big).report());
		double smallMs = median(101, () -> inspector.inspect("bench", dataSource, small).report());
		return String.format(Locale.ROOT,
				"Check of one 10,000,000-row table: %.2f ms; of one 1,000-row table: %.2f ms; ratio %.2f", bigMs, smallMs,
				bigMs / smallMs);
	}

	private static String repair(DataSource dataSource) throws Exception {
		int count = 1000;
		StringBuilder ddl = new StringBuilder();
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ddl.append("create table r_").append(i).append(" (id bigint generated by default as identity primary key);")
				.append("insert into r_").append(i).append(" (id) select generate_series(1, 1000);");
			targets.add(Target.checked("R" + i, new DbName("public", "r_" + i), "id", IdGenerator.IDENTITY));
		}
		execute(dataSource, ddl.toString());
		String drift = "do $$ begin for i in 0.." + (count - 1)
				+ " loop execute format('alter sequence r_%s_id_seq restart', i); end loop; end $$";
		SequenceGuard guard = new SequenceGuard(List.of(GuardedDataSource.of("bench", dataSource, targets)),
				InspectionSettings.DEFAULTS, Duration.ofSeconds(5));
		double seqGuard = medianAfter(5, () -> execute(dataSource, drift), () -> {
			SeqGuardReport report = guard.repair();
			return check((int) report.targets().stream().filter((t) -> t.status() == TargetStatus.REPAIRED).count(),
					count, "SeqGuard repair", report.dataSources().get(0));
		});
		double loop = medianAfter(5, () -> execute(dataSource, drift), () -> Baselines.setvalLoop(dataSource, count));
		return String.format(Locale.ROOT,
				"Repair of %,d drifted sequences: SeqGuard (check + locked forward-only repair) %.0f ms; bare setval loop %.0f ms; ratio %.2f",
				count, seqGuard, loop, seqGuard / loop);
	}

	private static Object check(int actual, int expected, String who, DataSourceReport report) {
		if (actual != expected) {
			throw new IllegalStateException(who + " found " + actual + " drifted, expected " + expected
					+ ((report != null) ? ": " + report.detail() + " " + report.targets().stream()
						.filter((t) -> t.status() == TargetStatus.ERROR).limit(3).toList() : ""));
		}
		return actual;
	}

	private static double median(int repetitions, Callable<?> task) throws Exception {
		return medianAfter(repetitions, () -> {
		}, task);
	}

	private static double medianAfter(int repetitions, Runnable untimedSetup, Callable<?> task) throws Exception {
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
		Arrays.sort(millis);
		return millis[repetitions / 2];
	}

	static HikariDataSource pool(String url) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url);
		config.setUsername("postgres");
		config.setMaximumPoolSize(1);
		return new HikariDataSource(config);
	}

	static void execute(DataSource dataSource, String sql) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The tables: a mix of IDENTITY, serial, pooled sequences of their own, and one pooled sequence shared by every
	 * tenth table; 1,000 rows each; every tenth table drifted (IDENTITY and pooled).
	 */
	static final class Schema {

		private final int size;

		Schema(int size) {
			this.size = size;
		}

		void create(DataSource dataSource) {
			execute(dataSource, "create sequence shared_seq increment 50");
			for (int from = 0; from < this.size; from += 100) {
				StringBuilder ddl = new StringBuilder();
				for (int i = from; i < Math.min(from + 100, this.size); i++) {
					String table = "t_" + i;
					switch (kind(i)) {
						case IDENTITY -> ddl.append("create table ").append(table)
							.append(" (id bigint generated by default as identity primary key);");
						case SERIAL -> ddl.append("create table ").append(table).append(" (id bigserial primary key);");
						case POOLED -> ddl.append("create sequence ").append(table).append("_seq increment 50;")
							.append("create table ").append(table).append(" (id bigint primary key);");
						case SHARED -> ddl.append("create table ").append(table).append(" (id bigint primary key);");
					}
					ddl.append("insert into ").append(table).append(" (id) select generate_series(1, 1000);");
					if (!isDrifted(i)) {
						ddl.append("select setval('").append(sequence(i)).append("', 1000, true);");
					}
				}
				execute(dataSource, ddl.toString());
			}
			execute(dataSource, "vacuum analyze");
		}

		List<Target> targets(int tables) {
			List<Target> targets = new ArrayList<>(tables);
			for (int i = 0; i < tables; i++) {
				DbName table = new DbName("public", "t_" + i);
				targets.add(switch (kind(i)) {
					case IDENTITY, SERIAL -> Target.checked("T" + i, table, "id", IdGenerator.IDENTITY);
					case POOLED, SHARED -> Target.checked("T" + i, table, "id",
							IdGenerator.sequence(new DbName("public", sequence(i)), OptimizerKind.POOLED, 50, 1));
				});
			}
			return targets;
		}

		int drifted(int tables) {
			int drifted = 0;
			for (int i = 0; i < tables; i++) {
				drifted += isDrifted(i) ? 1 : 0;
			}
			return drifted;
		}

		static Kind kind(int i) {
			int k = i % 10;
			return (k <= 3) ? Kind.IDENTITY : (k <= 5) ? Kind.SERIAL : (k <= 8) ? Kind.POOLED : Kind.SHARED;
		}

		static boolean isDrifted(int i) {
			return i % 20 == 3 || i % 20 == 16;
		}

		static String sequence(int i) {
			return switch (kind(i)) {
				case IDENTITY, SERIAL -> "t_" + i + "_id_seq";
				case POOLED -> "t_" + i + "_seq";
				case SHARED -> "shared_seq";
			};
		}

		static int increment(int i) {
			return (kind(i) == Kind.POOLED || kind(i) == Kind.SHARED) ? 50 : 1;
		}

		enum Kind {

			IDENTITY, SERIAL, POOLED, SHARED

		}

	}

}
