package dev.seqguard.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What else used the machine's CPU while the startup check ran, from Linux's
 * {@code /proc}: this JVM's JIT compiler threads, its garbage collector threads, and the
 * PostgreSQL processes on the machine (the check's backends and the server's own), each
 * read as close to the check as it can be (a scan of the machine's processes before the
 * JVM's threads are read, a scan of the same processes after). On 2 cores, a compiler
 * busy with the application's startup leaves the check and its backends one core. Linux
 * counts CPU in ticks of 10 ms ({@code USER_HZ} = 100), so a figure of a short check is
 * coarse; the median of several starts is not. Elsewhere than on Linux every figure is
 * {@code -1}.
 */
final class BesideTheCheck {

	/** Ticks of CPU time Linux reports per second. */
	private static final int TICKS_PER_SECOND = 100;

	private static final Path PROC = Path.of("/proc");

	/** The PostgreSQL processes found before the check. */
	private final List<Path> postgres;

	private final long compilerTicks;

	private final long gcTicks;

	private final long postgresTicks;

	private BesideTheCheck(List<Path> postgres, long compilerTicks, long gcTicks, long postgresTicks) {
		this.postgres = postgres;
		this.compilerTicks = compilerTicks;
		this.gcTicks = gcTicks;
		this.postgresTicks = postgresTicks;
	}

	/**
	 * The CPU ticks each has used so far, before the check: PostgreSQL's processes are
	 * found first, then this JVM's threads read last, close to the check's start.
	 */
	static BesideTheCheck before() {
		if (!Files.isDirectory(PROC.resolve("self/task"))) {
			return new BesideTheCheck(List.of(), -1, -1, -1);
		}
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
			return new BesideTheCheck(List.of(), -1, -1, -1);
		}
		long postgresTicks = ticks(postgres);
		long[] jvm = jvmThreads();
		return new BesideTheCheck(postgres, jvm[0], jvm[1], postgresTicks);
	}

	/**
	 * The CPU ticks each has used so far, after the check: this JVM's threads read first,
	 * then the PostgreSQL processes found before.
	 */
	BesideTheCheck after() {
		if (this.compilerTicks < 0) {
			return this;
		}
		long[] jvm = jvmThreads();
		return new BesideTheCheck(this.postgres, jvm[0], jvm[1], ticks(this.postgres));
	}

	/** The JIT compiler threads' and the garbage collector threads' ticks. */
	private static long[] jvmThreads() {
		long compiler = 0;
		long gc = 0;
		try (DirectoryStream<Path> threads = Files.newDirectoryStream(PROC.resolve("self/task"))) {
			for (Path thread : threads) {
				Stat stat = Stat.read(thread);
				if (stat == null) {
					continue;
				}
				if (stat.name().contains("CompilerThre")) {
					compiler += stat.ticks();
				}
				else if (stat.name().startsWith("GC Thread") || stat.name().startsWith("G1 ")) {
					gc += stat.ticks();
				}
			}
		}
		catch (IOException ex) {
			return new long[] { -1, -1 };
		}
		return new long[] { compiler, gc };
	}

	private static long ticks(List<Path> processes) {
		long ticks = 0;
		for (Path process : processes) {
			Stat stat = Stat.read(process);
			ticks += (stat != null) ? stat.ticks() : 0;
		}
		return ticks;
	}

	/**
	 * The CPU ms each used between {@code before} and this: compilers, garbage collector,
	 * PostgreSQL; {@code -1} each where {@code /proc} could not be read.
	 */
	long[] millisSince(BesideTheCheck before) {
		if (this.compilerTicks < 0 || before.compilerTicks < 0 || this.gcTicks < 0) {
			return new long[] { -1, -1, -1 };
		}
		// a backend that ended meanwhile took its ticks with it: never below zero
		return new long[] { millis(this.compilerTicks - before.compilerTicks), millis(this.gcTicks - before.gcTicks),
				millis(Math.max(0, this.postgresTicks - before.postgresTicks)) };
	}

	private static long millis(long ticks) {
		return ticks * 1000 / TICKS_PER_SECOND;
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
