package dev.seqguard.boot3;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import dev.seqguard.autoconfigure.Boot3LineCheck;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Boot 4 line's artifact on a Spring Boot 3.5 application: a child JVM runs this
 * module's test classpath (Boot 3.5, Hibernate 6.6) with the Boot 3 line's classes
 * replaced by the Boot 4 line's jar, as a user who added the wrong starter would. It
 * stops at startup with one message naming the artifact to use; the same application with
 * the Boot 3 line starts.
 */
class WrongLineTests {

	@Test
	void theBoot4ArtifactOnABoot3ApplicationStopsItAndNamesTheBoot3Starter() throws Exception {
		Run run = start(withBoot4Line());

		assertThat(run.exitCode()).as(run.output()).isNotZero();
		assertThat(run.output()).contains("APPLICATION FAILED TO START")
			.contains("SeqGuard's seqguard-spring-boot-autoconfigure is built for Spring Boot 4.x, but this application"
					+ " runs Spring Boot 3.5.")
			.contains("replace it by dev.seqguard:seqguard-spring-boot3-starter")
			.doesNotContain("started and stopped");
	}

	@Test
	void theBoot3ArtifactOnTheSameApplicationStarts() throws Exception {
		Run run = start(classpath());

		assertThat(run.output()).contains("started and stopped").doesNotContain("SeqGuard's");
		assertThat(run.exitCode()).as(run.output()).isZero();
	}

	private static List<String> withBoot4Line() {
		String boot3Line = codeSource(Boot3LineCheck.class);
		String boot4Line = System.getProperty("seqguard.boot4-autoconfigure");
		assertThat(boot4Line).as("the Boot 4 line's jar (set by the build)").isNotBlank();
		List<String> classpath = classpath();
		assertThat(classpath).contains(boot3Line);
		return classpath.stream().map((entry) -> entry.equals(boot3Line) ? boot4Line : entry).toList();
	}

	private static List<String> classpath() {
		return Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
	}

	private static String codeSource(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Run start(List<String> classpath) throws IOException, InterruptedException {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Path output = Files.createTempFile("wrong-line", ".log");
		Process process = new ProcessBuilder(java, "-cp", String.join(File.pathSeparator, classpath),
				WrongLineApplication.class.getName())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not end: " + Files.readString(output));
		}
		String text = Files.readAllLines(output, StandardCharsets.UTF_8).stream().collect(Collectors.joining("\n"));
		Files.delete(output);
		return new Run(process.exitValue(), text);
	}

	record Run(int exitCode, String output) {
	}

}
