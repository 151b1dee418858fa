package dev.seqguard.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Supplier;

import dev.seqguard.autoconfigure.SeqGuardStartupCheck;

import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Measures SeqGuard's startup check, its startup step, in the JVM it runs in: the time it
 * takes, the CPU time of the thread that runs it (what a busy machine's other processes
 * do not add to), the classes the JVM loaded meanwhile, and what else used the CPU
 * ({@link BesideTheCheck}, read before and after the check's own figures). Every other
 * step is Spring's default, recording nothing.
 */
final class CheckMeter implements ApplicationStartup {

	private long nanos = -1;

	private long cpuNanos;

	private long classes;

	private long[] beside = BesideTheCheck.UNKNOWN.millisSince(BesideTheCheck.UNKNOWN);

	@Override
	public StartupStep start(String name) {
		StartupStep step = ApplicationStartup.DEFAULT.start(name);
		return name.equals(SeqGuardStartupCheck.STARTUP_STEP) ? new Measured(step) : step;
	}

	/**
	 * The check's time, its thread's CPU time (ns), the classes loaded meanwhile, and the
	 * CPU ms of each of {@link BesideTheCheck#NAMES} meanwhile.
	 */
	long[] figures() {
		if (this.nanos < 0) {
			throw new IllegalStateException("no startup step " + SeqGuardStartupCheck.STARTUP_STEP);
		}
		long[] figures = Arrays.copyOf(new long[] { this.nanos, this.cpuNanos, this.classes }, 3 + this.beside.length);
		System.arraycopy(this.beside, 0, figures, 3, this.beside.length);
		return figures;
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long loadedClasses() {
		return ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
	}

	private final class Measured implements StartupStep {

		private final StartupStep step;

		private final BesideTheCheck startBeside = BesideTheCheck.before();

		private final long startClasses = loadedClasses();

		private final long startCpu = cpu();

		private final long start = System.nanoTime();

		Measured(StartupStep step) {
			this.step = step;
		}

		@Override
		public void end() {
			CheckMeter.this.nanos = System.nanoTime() - this.start;
			CheckMeter.this.cpuNanos = cpu() - this.startCpu;
			CheckMeter.this.classes = loadedClasses() - this.startClasses;
			CheckMeter.this.beside = this.startBeside.after().millisSince(this.startBeside);
			this.step.end();
		}

		@Override
		public String getName() {
			return this.step.getName();
		}

		@Override
		public long getId() {
			return this.step.getId();
		}

		@Override
		public Long getParentId() {
			return this.step.getParentId();
		}

		@Override
		public StartupStep tag(String key, String value) {
			this.step.tag(key, value);
			return this;
		}

		@Override
		public StartupStep tag(String key, Supplier<String> value) {
			this.step.tag(key, value);
			return this;
		}

		@Override
		public Tags getTags() {
			return this.step.getTags();
		}

	}

}
