package dev.seqguard.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What else used the machine's CPU while the startup check ran, from Linux's
 * {@code /proc}: this JVM's C2 and C1 compiler threads, its garbage collector threads,
 * and the PostgreSQL processes on the machine (the check's backends and the server's
 * own). Each is read as close to the check as it can be: before it, the machine's
 * processes are scanned before the JVM's threads are read; after it, the JVM's threads
 * are read first, then the same processes. On 2 cores, a compiler busy with the
 * application's startup leaves the check and its backends one core. Linux counts CPU in
 * ticks of 10 ms ({@code USER_HZ} = 100), so a figure of a short check is coarse; the
 * median of several starts less so. Elsewhere than on Linux every figure is {@code -1}.
 */
final class BesideTheCheck {

	/** What {@link #millisSince} returns, in this order. */
	static final List<String> NAMES = List.of("C2", "C1", "GC", "PostgreSQL");

	/** Ticks of CPU time Linux reports per second. */
	private static final int TICKS_PER_SECOND = 100;

	private static final Path PROC = Path.of("/proc");

	/** Nothing read: every figure unknown. */
	static final BesideTheCheck UNKNOWN = new BesideTheCheck(List.of(), null);

	/** The PostgreSQL processes found before the check. */
	private final List<Path> postgres;

	/**
	 * The ticks of each of {@link #NAMES}; {@code null} where /proc could not be read.
	 */
	private final long[] ticks;

	private BesideTheCheck(List<Path> postgres, long[] ticks) {
		this.postgres = postgres;
		this.ticks = ticks;
	}

	/** The CPU ticks each has used so far, before the check. */
	static BesideTheCheck before() {
		List<Path> postgres = new ArrayList<>();
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(PROC, "[0-9]*")) {
			for (Path process : processes) {
				Stat stat = Stat.read(process);
				if (stat != null && stat.name().equals("postgres")) {
					postgres.add(process);
				}
			}
		}
		catch (IOException ex) {
			return UNKNOWN;
		}
		long postgresTicks = ticks(postgres);
		return of(postgres, jvmThreads(), postgresTicks);
	}

	/** The CPU ticks each has used so far, after the check. */
	BesideTheCheck after() {
		if (this.ticks == null) {
			return this;
		}
		long[] jvm = jvmThreads();
		return of(this.postgres, jvm, ticks(this.postgres));
	}

	private static BesideTheCheck of(List<Path> postgres, long[] jvm, long postgresTicks) {
		return (jvm != null) ? new BesideTheCheck(postgres, new long[] { jvm[0], jvm[1], jvm[2], postgresTicks })
				: UNKNOWN;
	}

	/**
	 * The CPU ms each of {@link #NAMES} used between {@code before} and this; -1 each
	 * where unknown.
	 */
	long[] millisSince(BesideTheCheck before) {
		long[] millis = new long[NAMES.size()];
		Arrays.fill(millis, -1);
		if (this.ticks != null && before.ticks != null) {
			for (int i = 0; i < millis.length; i++) {
				// a backend that ended meanwhile took its ticks with it: never below zero
				millis[i] = Math.max(0, this.ticks[i] - before.ticks[i]) * 1000 / TICKS_PER_SECOND;
			}
		}
		return millis;
	}

	/**
	 * The ticks of the C2, C1 and garbage collector threads; {@code null} when unread.
	 */
	private static long[] jvmThreads() {
		long[] ticks = new long[3];
		try (DirectoryStream<Path> threads = Files.newDirectoryStream(PROC.resolve("self/task"))) {
			for (Path thread : threads) {
				Stat stat = Stat.read(thread);
				if (stat == null) {
					continue;
				}
				if (stat.name().startsWith("C2 CompilerThre")) {
					ticks[0] += stat.ticks();
				}
				else if (stat.name().startsWith("C1 CompilerThre")) {
					ticks[1] += stat.ticks();
				}
				else if (stat.name().startsWith("GC Thread") || stat.name().startsWith("G1 ")) {
					ticks[2] += stat.ticks();
				}
			}
		}
		catch (IOException ex) {
			return null;
		}
		return ticks;
	}

	private static long ticks(List<Path> processes) {
		long ticks = 0;
		for (Path process : processes) {
			Stat stat = Stat.read(process);
			ticks += (stat != null) ? stat.ticks() : 0;
		}
		return ticks;
	}

	/** A thread's or a process's name and its user and system CPU ticks. */
	private record Stat(String name, long ticks) {

		/** Reads {@code stat} of a thread or process; {@code null} when it has ended. */
		static Stat read(Path directory) {
			String stat;
			try {
				stat = Files.readString(directory.resolve("stat"));
			}
			catch (IOException ex) {
				return null;
			}
			// pid (name) state ppid ...: the name may hold spaces and parentheses
			int nameEnd = stat.lastIndexOf(')');
			String name = stat.substring(stat.indexOf('(') + 1, nameEnd);
			// after the name: state is field 3, utime field 14 and stime field 15
			String[] fields = stat.substring(nameEnd + 2).split(" ", 14);
			return new Stat(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
		}

	}

}
