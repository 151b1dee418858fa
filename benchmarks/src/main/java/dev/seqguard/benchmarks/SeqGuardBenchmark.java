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
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.inspection.SequenceInspector;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetStatus;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Measures, in one run on one embedded PostgreSQL: SeqGuard's startup check, cold (new
 * pool, new backends), against the server-side floor, a naive per-table checker and one
 * {@code UNION ALL} per 1,000 tables, on loopback and through a proxy adding 0.5 ms each
 * way ({@link CheckComparison}); the same warm, as re-checks; the heap one cold check of
 * 5,000 tables allocates; the check of a 10-million-row table; the repair of 1,000
 * drifted sequences against a bare {@code setval} loop; and SeqGuard's share of the
 * startup of a generated 1,000-entity Spring Boot application ({@link StartupShare}); 500
 * tenant schemas of 20 tables against their floor ({@link TenantComparison}). Prints
 * medians and ratios against their targets; every approach must agree on the number of
 * drifted tables, or the run stops.
 * <p>
 * Run: {@code mvn -q -pl benchmarks -am compile exec:java}; {@code -Dexec.args="cold"}
 * (or {@code warm}, {@code heap}, {@code rows}, {@code repair}, {@code startup},
 * {@code tenants}, {@code coldjvm}, several separated by spaces; {@code quick} limits the
 * sizes to 10 and 1,000 tables) runs only those parts; {@code coldjvm} (not part of the
 * default run) starts a generated application in a new JVM for every repetition
 * ({@link ColdJvmStartup}); {@code small} limits it to 10 entities.
 */
public final class SeqGuardBenchmark {

	private static final int[] SIZES = { 10, 100, 1000, 5000 };

	private static final int LARGEST = 5000;

	private static final long PROXY_DELAY_NANOS = 500_000;

	private SeqGuardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		// the tables print the results; per-target log lines of thousands of tables would
		// bury them
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
		System.setProperty("org.slf4j.simpleLogger.log.dev.seqguard", "error");
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		System.setProperty("org.jboss.logging.provider", "slf4j");
		List<String> parts = (args.length > 0) ? List.of(args)
				: List.of("cold", "warm", "heap", "rows", "repair", "startup", "tenants");
		int[] sizes = parts.contains("quick") ? new int[] { 10, 1000 } : SIZES;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", "256MB")
			.start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Schema schema = new Schema(LARGEST);
			if (parts.contains("cold") || parts.contains("warm") || parts.contains("heap") || parts.contains("rows")) {
				try (HikariDataSource setup = pool(url)) {
					long start = System.nanoTime();
					schema.create(setup);
					System.out.printf(Locale.ROOT, "Created %d tables of 1,000 rows in %.1f s%n", LARGEST,
							(System.nanoTime() - start) / 1e9);
				}
			}
			List<String> lines = new ArrayList<>();
			CheckComparison comparison = new CheckComparison(schema);
			try (LatencyProxy proxy = new LatencyProxy(postgres.getPort(), PROXY_DELAY_NANOS)) {
				String remoteUrl = url.replace(":" + postgres.getPort() + "/", ":" + proxy.port() + "/");
				if (parts.contains("cold")) {
					lines.add("Cold: the startup check, each repetition on a new pool of " + Runs.POOL_SIZE
							+ " new backends (median)");
					lines.add("");
					lines.addAll(CheckComparison.coldHeader());
					for (int tables : sizes) {
						for (boolean proxied : new boolean[] { false, true }) {
							lines.add(comparison.cold(proxied ? remoteUrl : url, tables, proxied));
							System.out.println(lines.get(lines.size() - 1));
						}
					}
					lines.add("");
				}
				if (parts.contains("warm")) {
					lines.add("Warm: re-checks on the same pool and backends (median)");
					lines.add("");
					lines.addAll(CheckComparison.warmHeader());
					try (HikariDataSource direct = Runs.filledPool(url, Runs.POOL_SIZE);
							HikariDataSource remote = Runs.filledPool(remoteUrl, Runs.POOL_SIZE)) {
						for (int tables : sizes) {
							for (boolean proxied : new boolean[] { false, true }) {
								lines.add(comparison.warm(proxied ? remote : direct, tables, proxied));
								System.out.println(lines.get(lines.size() - 1));
							}
						}
					}
					lines.add("");
				}
			}
			if (parts.contains("heap")) {
				lines.add(comparison.heap(url, LARGEST));
			}
			try (HikariDataSource direct = pool(url)) {
				if (parts.contains("rows")) {
					lines.add(bigTable(direct, schema));
				}
				if (parts.contains("repair")) {
					lines.add(repair(direct));
				}
			}
			if (parts.contains("startup")) {
				lines.add(StartupShare.measure(url));
			}
			if (parts.contains("tenants")) {
				lines.add(tenants(url));
			}
			if (parts.contains("coldjvm") && parts.contains("pairs")) {
				lines.add("SeqGuard's added startup in new JVMs, " + ColdJvmStartup.PAIR_ENTITIES
						+ " entities (load average at the start: " + ColdJvmStartup.load() + ")");
				lines.add("");
				lines.addAll(ColdJvmStartup.pairs(url));
				lines.add("");
				lines.add("Load average at the end: " + ColdJvmStartup.load());
			}
			else if (parts.contains("coldjvm")) {
				lines.addAll(coldJvm(url, parts.contains("small") ? new int[] { 10 }
						: parts.contains("quick") ? new int[] { 10, 1000 } : ColdJvmStartup.SIZES));
			}
			System.out.println();
			lines.forEach(System.out::println);
		}
	}

	private static List<String> coldJvm(String url, int[] sizes) throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add("The startup check in a new JVM for every start (load average at the start: " + ColdJvmStartup.load()
				+ ")");
		lines.add("");
		lines.addAll(ColdJvmStartup.header());
		for (int entities : sizes) {
			lines.add(ColdJvmStartup.measure(url, entities));
			System.out.println(lines.get(lines.size() - 1));
		}
		lines.add("");
		lines.add("Load average at the end: " + ColdJvmStartup.load());
		return lines;
	}

	private static String tenants(String url) throws Exception {
		TenantComparison tenants = new TenantComparison();
		try (HikariDataSource setup = pool(url)) {
			long start = System.nanoTime();
			tenants.create(setup);
			System.out.printf(Locale.ROOT, "Created %d tenant schemas of %d tables in %.1f s%n",
					TenantComparison.TENANTS, TenantComparison.TABLES_PER_TENANT, (System.nanoTime() - start) / 1e9);
		}
		String line = tenants.cold(url);
		System.out.println(line);
		return line;
	}

	private static String bigTable(DataSource dataSource, Schema schema) throws Exception {
		long start = System.nanoTime();
		execute(dataSource, """
				create table big (id bigint generated by default as identity primary key);
				insert into big (id) select generate_series(1, 10000000);
				select setval('big_id_seq', 10000000, true);
				""");
		execute(dataSource, "vacuum analyze big");
		System.out.printf(Locale.ROOT, "Created a table of 10,000,000 rows in %.1f s%n",
				(System.nanoTime() - start) / 1e9);
		SequenceInspector inspector = new SequenceInspector(InspectionSettings.DEFAULTS);
		List<Target> big = List.of(Target.checked("Big", new DbName("public", "big"), "id", IdGenerator.IDENTITY));
		List<Target> small = List.of(schema.targets(1).get(0));
		Runnable none = () -> {
		};
		double bigMs = Runs.warm(101, none, () -> inspector.inspect("bench", dataSource, big).report());
		double smallMs = Runs.warm(101, none, () -> inspector.inspect("bench", dataSource, small).report());
		return String.format(Locale.ROOT,
				"Check of one 10,000,000-row table: %.2f ms; of one 1,000-row table: %.2f ms; ratio %.2f", bigMs,
				smallMs, bigMs / smallMs);
	}

	private static String repair(DataSource dataSource) throws Exception {
		int count = 1000;
		StringBuilder ddl = new StringBuilder();
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ddl.append("create table r_")
				.append(i)
				.append(" (id bigint generated by default as identity primary key);")
				.append("insert into r_")
				.append(i)
				.append(" (id) select generate_series(1, 1000);");
			targets.add(Target.checked("R" + i, new DbName("public", "r_" + i), "id", IdGenerator.IDENTITY));
		}
		execute(dataSource, ddl.toString());
		String drift = "do $$ begin for i in 0.." + (count - 1)
				+ " loop execute format('alter sequence r_%s_id_seq restart', i); end loop; end $$";
		SequenceGuard guard = new SequenceGuard(List.of(GuardedDataSource.of("bench", dataSource, targets)),
				InspectionSettings.DEFAULTS, Duration.ofSeconds(5));
		double seqGuard = Runs.warm(5, () -> execute(dataSource, drift), () -> {
			SeqGuardReport report = guard.repair();
			return CheckComparison.agree(
					(int) report.targets().stream().filter((t) -> t.status() == TargetStatus.REPAIRED).count(), count,
					"SeqGuard repair");
		});
		double loop = Runs.warm(5, () -> execute(dataSource, drift), () -> Baselines.setvalLoop(dataSource, count));
		return String.format(Locale.ROOT,
				"Repair of %,d drifted sequences: SeqGuard (check + locked forward-only repair) %.0f ms; bare setval loop %.0f ms; ratio %.2f",
				count, seqGuard, loop, seqGuard / loop);
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

}
