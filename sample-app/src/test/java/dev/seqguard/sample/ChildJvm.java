package dev.seqguard.sample;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample started as a user starts it, in its own JVM, on a given classpath; its exit
 * code and everything it printed.
 */
record ChildJvm(int exitCode, String output) {

	/** This test JVM's classpath, entry by entry. */
	static List<String> testClasspath() {
		return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
	}

	/**
	 * Runs the sample until it exits; one that still runs after 2 minutes (started
	 * instead of failing) is stopped and fails the test.
	 */
	static ChildJvm runSample(List<String> classpath, Path directory, String... args)
			throws IOException, InterruptedException {
		Path log = directory.resolve("sample.log");
		Process process = start(List.of(), classpath, log, args);
		boolean exited = process.waitFor(2, TimeUnit.MINUTES);
		if (!exited) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (!exited) {
			throw new AssertionError("the sample did not exit within 2 minutes; it printed:\n" + output);
		}
		return new ChildJvm(process.exitValue(), output);
	}

	/**
	 * Starts the sample with the given JVM options and stops it once it printed
	 * {@code readyLine} (or exited by itself); one that printed neither within 2 minutes
	 * fails the test. The exit code is the one of the stopped process.
	 */
	static ChildJvm startSampleUntil(String readyLine, List<String> jvmOptions, Path directory, String... args)
			throws IOException, InterruptedException {
		Path log = directory.resolve("sample.log");
		Process process = start(jvmOptions, testClasspath(), log, args);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (process.isAlive() && !Files.readString(log, StandardCharsets.UTF_8).contains(readyLine)
				&& System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		if (!output.contains(readyLine)) {
			throw new AssertionError("the sample did not print '" + readyLine + "'; it printed:\n" + output);
		}
		return new ChildJvm(process.exitValue(), output);
	}

	private static Process start(List<String> jvmOptions, List<String> classpath, Path log, String... args)
			throws IOException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), SampleApplication.class.getName()));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

}
