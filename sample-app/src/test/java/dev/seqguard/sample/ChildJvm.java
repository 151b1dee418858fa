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
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		List<String> command = new ArrayList<>(
				List.of(java, "-cp", String.join(File.pathSeparator, classpath), SampleApplication.class.getName()));
		command.addAll(List.of(args));
		Path log = directory.resolve("sample.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
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

}
