package dev.seqguard.sample;

import java.nio.file.Path;
import java.util.List;

import dev.seqguard.autoconfigure.Boot4LineCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Boot 3 line's artifact in this Spring Boot 4 sample, as a user who added
 * {@code seqguard-spring-boot3-starter} to a Boot 4 application would run it: a child JVM
 * starts the sample on its Boot 4 test classpath with the Boot 4 line's SeqGuard classes
 * replaced by the Boot 3 line's jar. It stops at startup with one message naming the
 * starter to use, before it takes traffic. (The Boot 4 artifact on Boot 3.5 is the Boot 3
 * module's {@code WrongLineTests}.)
 */
class WrongStarterTests {

	@Test
	void theBoot3StarterOnThisBoot4AppStopsItAndNamesTheBoot4Starter(@TempDir Path directory) throws Exception {
		ChildJvm run = ChildJvm.runSample(withBoot3Line(), directory, "--spring.main.banner-mode=off",
				"--server.port=0");

		assertThat(run.exitCode()).as(run.output()).isNotZero();
		assertThat(run.output()).contains("APPLICATION FAILED TO START")
			.contains("SeqGuard's seqguard-spring-boot3-autoconfigure is built for Spring Boot 3.x, but this"
					+ " application runs Spring Boot 4.")
			.contains("replace it by dev.seqguard:seqguard-spring-boot-starter")
			.doesNotContain("SeqGuard sample is ready")
			.doesNotContain("Started SampleApplication");
		assertThat(run.output().lines().filter((line) -> line.contains("is built for Spring Boot"))).hasSize(1);
	}

	private static List<String> withBoot3Line() throws Exception {
		String boot4Line = Path.of(Boot4LineCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI())
			.toString();
		String boot3Line = System.getProperty("seqguard.boot3-autoconfigure");
		assertThat(boot3Line).as("the Boot 3 line's autoconfigure jar (set by the build)").isNotBlank();
		List<String> classpath = ChildJvm.testClasspath();
		assertThat(classpath).contains(boot4Line).doesNotContain(boot3Line);
		return classpath.stream().map((entry) -> entry.equals(boot4Line) ? boot3Line : entry).toList();
	}

}
