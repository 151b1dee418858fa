package dev.seqguard.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;

/**
 * SeqGuard's startup check in a JVM that has never run it: per size, a Spring Boot
 * application of that many JPA entities over the tables of {@link Schema} (generated and
 * compiled like {@link GeneratedApplication}) is started in a new JVM for every
 * repetition ({@link ColdJvmChild}), each on a new pool of new backends; each start
 * reports the whole startup check (its startup step) and SeqGuard's own "checked … in N
 * ms". In the same run, the cold server-side floor and the naive checker of the same
 * tables ({@link Baselines}, new pools of new backends). Targets: from 1,000 entities at
 * most 1.3 times the floor and 0.4 times naive (median of at least 5 starts); at 10
 * entities at most 15 ms (median of at least 9 starts).
 */
final class ColdJvmStartup {

	static final int[] SIZES = { 10, 1000, 5000 };

	/** The application whose startup {@link #pairs} measures. */
	static final int PAIR_ENTITIES = 1000;

	private static final int PAIR_ROUNDS = 15;

	private static final List<String> WITHOUT_SEQGUARD = List
		.of("spring.autoconfigure.exclude=" + StartupShare.EXCLUDE_SEQGUARD);

	/**
	 * The check at the moment every singleton exists, on the startup's own thread: what
	 * the figures of one check measure, undisturbed by the rest of the startup.
	 */
	private static final List<String> AT_SINGLETONS = List.of("seqguard.start-early=false");

	/** At 10 entities: SeqGuard's startup check at most this many ms. */
	static final double SMALL_TARGET_MS = 15;

	/**
	 * Options for each new JVM, for profiling ({@code -Dcoldjvm.jvm-args=...}, separated
	 * by spaces); with them, what it prints is printed too.
	 */
	private static final List<String> JVM_ARGUMENTS = List.of(System.getProperty("coldjvm.jvm-args", "").split(" "))
		.stream()
		.filter((argument) -> !argument.isBlank())
		.toList();

	private ColdJvmStartup() {
	}

	static List<String> header() {
		return new ArrayList<>(List
			.of("| entities | starts | startup check ms, median (min–max) | \"checked … in N ms\", median (min–max) "
					+ "| server-side floor ms | naive ms | check / floor (target) | check / naive (target) "
					+ "| its thread's CPU ms, median | classes loaded during it, median "
					+ "| CPU ms beside it, median: " + String.join(" / ", BesideTheCheck.NAMES)
					+ " | startup s, median |", "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
	}

	/** One line: the starts of one size in new JVMs, and the baselines of its tables. */
	static String measure(String serverUrl, int entities) throws Exception {
		Application application = Application.create(serverUrl, "cold_jvm_" + entities, entities);
		String url = application.url();
		Schema schema = application.schema();
		int expected = application.expected();
		Path classes = application.classes();
		// 15 small starts: a median of 9 moved by 2 ms from run to run, a tenth of the
		// check
		int starts = (entities >= CheckComparison.TARGETS_FROM) ? 5 : 15;
		// one start first, untimed: it brings the jars into the page cache, as on a
		// machine that has started the application before
		start(classes, url, expected, AT_SINGLETONS);
		double[] step = new double[starts];
		double[] checked = new double[starts];
		double[] startup = new double[starts];
		double[] cpu = new double[starts];
		double[] classesLoaded = new double[starts];
		double[][] beside = new double[BesideTheCheck.NAMES.size()][starts];
		for (int i = 0; i < starts; i++) {
			double[] figures = start(classes, url, expected, AT_SINGLETONS);
			step[i] = figures[0];
			checked[i] = figures[1];
			startup[i] = figures[2];
			cpu[i] = figures[3];
			classesLoaded[i] = figures[4];
			StringBuilder besideIt = new StringBuilder();
			for (int k = 0; k < beside.length; k++) {
				beside[k][i] = figures[5 + k];
				besideIt.append((k == 0) ? "" : ", ").append(BesideTheCheck.NAMES.get(k)).append(' ');
				besideIt.append(String.format(Locale.ROOT, "%.0f ms", beside[k][i]));
			}
			System.out.printf(Locale.ROOT,
					"%,d entities, start %d: startup check %.1f ms (CPU %.1f ms, %.0f classes loaded), checked in %.1f ms"
							+ " (CPU beside it: %s)%n",
					entities, i + 1, step[i], cpu[i], classesLoaded[i], checked[i], besideIt);
		}
		double floor = Runs.cold(url, starts, (pool) -> CheckComparison
			.agree(Baselines.serverSide(pool, schema, entities), expected, "server-side floor"));
		double naive = Runs.cold(url, (entities >= CheckComparison.TARGETS_FROM) ? 3 : starts,
				(pool) -> CheckComparison.agree(Baselines.naive(pool, schema, entities), expected, "naive"));
		double median = Runs.median(step);
		boolean targeted = entities >= CheckComparison.TARGETS_FROM;
		return String.format(Locale.ROOT, "| %,d | %d | %s | %s | %.1f | %.1f | %s | %s | %.1f | %.0f | %s | %.1f |",
				entities, starts, spread(step, targeted ? 0 : SMALL_TARGET_MS),
				spread(checked, targeted ? 0 : SMALL_TARGET_MS), floor, naive,
				CheckComparison.ratio(median / floor, targeted ? CheckComparison.FLOOR_TARGET : 0),
				naiveRatio(median, naive, floor, targeted), Runs.median(cpu), Runs.median(classesLoaded),
				besideTheCheck(beside), Runs.median(startup) / 1000);
	}

	/**
	 * The check against naive, and where the target lies below the floor, where no check
	 * that reads what the floor reads can reach it.
	 */
	private static String naiveRatio(double check, double naive, double floor, boolean targeted) {
		String ratio = CheckComparison.ratio(check / naive, targeted ? CheckComparison.NAIVE_TARGET : 0);
		double target = naive * CheckComparison.NAIVE_TARGET;
		return (targeted && target < floor) ? String.format(Locale.ROOT, "%s; %.1f × naive = %.1f ms, below the floor",
				ratio, CheckComparison.NAIVE_TARGET, target) : ratio;
	}

	/**
	 * The medians of {@link BesideTheCheck}'s figures, "n/a" where it could not read
	 * them.
	 */
	private static String besideTheCheck(double[][] beside) {
		if (Runs.median(beside[0]) < 0) {
			return "n/a";
		}
		StringBuilder medians = new StringBuilder();
		for (double[] figure : beside) {
			medians.append((medians.length() == 0) ? "" : " / ")
				.append(String.format(Locale.ROOT, "%.0f", Runs.median(figure)));
		}
		return medians.toString();
	}

	/**
	 * What SeqGuard adds to the startup of the application of {@value #PAIR_ENTITIES}
	 * entities, in new JVMs: rounds of three starts in rotating order, without the
	 * starter, with it (the check started early, the default) and with it at the old
	 * moment ({@code seqguard.start-early=false}); each start with the starter minus the
	 * start without it in the same round.
	 */
	static List<String> pairs(String serverUrl) throws Exception {
		Application application = Application.create(serverUrl, "cold_jvm_pairs", PAIR_ENTITIES);
		String url = application.url();
		int expected = application.expected();
		Path classes = application.classes();
		List<List<String>> variants = List.of(WITHOUT_SEQGUARD, List.of(), AT_SINGLETONS);
		start(classes, url, expected, List.of());
		double[][] startups = new double[variants.size()][PAIR_ROUNDS];
		for (int round = 0; round < PAIR_ROUNDS; round++) {
			for (int k = 0; k < variants.size(); k++) {
				int variant = (round + k) % variants.size();
				startups[variant][round] = start(classes, url, expected, variants.get(variant))[2];
			}
			System.out.printf(Locale.ROOT,
					"round %d: without %.0f ms, started early %.0f ms, at the old moment %.0f ms%n", round + 1,
					startups[0][round], startups[1][round], startups[2][round]);
		}
		List<String> lines = new ArrayList<>();
		lines.add("| SeqGuard | added startup ms, median (min–max over the rounds) | startup s, median |");
		lines.add("|---|---:|---:|");
		lines.add(String.format(Locale.ROOT, "| without it | | %.1f |", Runs.median(startups[0]) / 1000));
		String[] names = { "", "check started early (default)",
				"check at the old moment (`seqguard.start-early=false`)" };
		for (int variant = 1; variant < variants.size(); variant++) {
			double[] added = new double[PAIR_ROUNDS];
			for (int round = 0; round < PAIR_ROUNDS; round++) {
				added[round] = startups[variant][round] - startups[0][round];
			}
			lines.add(String.format(Locale.ROOT, "| %s | %s | %.1f |", names[variant], spread(added, 0),
					Runs.median(startups[variant]) / 1000));
		}
		return lines;
	}

	/**
	 * Starts the application in a new JVM with the given properties; returns its startup
	 * check and its "checked … in N ms" in ms, its startup in ms, the check's CPU time in
	 * ms, the classes loaded during the check, and the CPU ms of each of
	 * {@link BesideTheCheck#NAMES} during it (zeros and -1 without SeqGuard).
	 */
	private static double[] start(Path classes, String url, int expected, List<String> properties)
			throws IOException, InterruptedException {
		String classPath = classes + File.pathSeparator
				+ StartupShare.classPath(Thread.currentThread().getContextClassLoader())
					.stream()
					.map((u) -> new File(u.getPath()).getPath())
					.collect(Collectors.joining(File.pathSeparator));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Path errors = Files.createTempFile("seqguard-cold-jvm", ".log");
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(JVM_ARGUMENTS);
		command.addAll(List.of("-cp", classPath, ColdJvmChild.class.getName(), url));
		command.addAll(properties);
		Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
		String line = null;
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String read = out.readLine(); read != null; read = out.readLine()) {
				if (read.startsWith(ColdJvmChild.PREFIX)) {
					line = read;
				}
				else if (!JVM_ARGUMENTS.isEmpty()) {
					System.out.println(read);
				}
			}
		}
		int exit = process.waitFor();
		if (exit != 0 || line == null) {
			throw new IllegalStateException("the application exited with " + exit + ": " + Files.readString(errors));
		}
		Files.delete(errors);
		long[] figures = Arrays.stream(line.substring(ColdJvmChild.PREFIX.length()).split(" "))
			.mapToLong(Long::parseLong)
			.toArray();
		if (figures[2] != ColdJvmChild.NO_CHECK) {
			CheckComparison.agree((int) figures[2], expected, "SeqGuard in a new JVM");
		}
		// without the drifted tables (figures[2]), checked above
		double[] millis = new double[figures.length - 1];
		millis[0] = figures[0] / 1e6;
		millis[1] = figures[1] / 1e6;
		millis[2] = figures[3];
		millis[3] = figures[4] / 1e6;
		for (int k = 5; k < figures.length; k++) {
			millis[k - 1] = figures[k];
		}
		return millis;
	}

	/**
	 * A generated application of that many entities over the tables of {@link Schema},
	 * created in a database of its own: its URL, tables, drifted tables and classes.
	 */
	private record Application(String url, Schema schema, int expected, Path classes) {

		static Application create(String serverUrl, String database, int entities) throws Exception {
			String url = StartupShare.createDatabase(serverUrl, database);
			Schema schema = new Schema(entities);
			try (HikariDataSource setup = SeqGuardBenchmark.pool(url)) {
				schema.create(setup);
			}
			Path classes = GeneratedApplication.compile(Files.createTempDirectory("seqguard-" + database), entities,
					(i) -> GeneratedApplication.entity(i, "t_" + i,
							(Schema.increment(i) == 1) ? null : Schema.sequence(i)));
			return new Application(url, schema, schema.drifted(entities), classes);
		}

	}

	private static String spread(double[] millis, double target) {
		double median = Runs.median(millis);
		String figures = String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", median, Arrays.stream(millis).min().orElse(0),
				Arrays.stream(millis).max().orElse(0));
		return (target == 0) ? figures : String.format(Locale.ROOT, "**%s** (≤ %.0f: %s)", figures, target,
				(median <= target) ? "met" : "NOT met");
	}

	/** The machine's load average over the last minute, printed beside the figures. */
	static String load() {
		return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

}
