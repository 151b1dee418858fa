package dev.seqguard.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample as its AOT-processed form (the build ran {@code spring-boot:process-aot}
 * before this test): it starts from the generated context with
 * {@code -Dspring.aot.enabled=true} and SeqGuard checks and repairs as it does on the
 * JVM; the native-image metadata the build generated names the engine's SQL resources.
 * (GraalVM itself does not run here: the hints are tested, no native image is built.)
 */
class AotProcessedStartIT {

	@Test
	void startsFromTheAotProcessedContextAndRepairsBeforeTraffic(@TempDir Path directory) throws Exception {
		ChildJvm run = ChildJvm.startSampleUntil("SeqGuard sample is ready", List.of("-Dspring.aot.enabled=true"),
				directory, "--spring.main.banner-mode=off", "--server.port=0");

		assertThat(run.output()).contains("Starting AOT-processed SampleApplication")
			.contains("SeqGuard repaired sequence public.category_id_seq (public.category): next value 1 -> 4")
			.contains("SeqGuard checked datasource 'dataSource': 4 targets")
			.doesNotContain("APPLICATION FAILED TO START");
	}

	@Test
	void theGeneratedNativeImageMetadataNamesTheEnginesSqlResources() throws IOException {
		Path metadata = Path.of("target", "spring-aot", "main", "resources", "META-INF", "native-image");
		assertThat(metadata).as("the build's spring-boot:process-aot output").isDirectory();
		try (Stream<Path> files = Files.walk(metadata)) {
			List<String> resourceHints = files.filter(Files::isRegularFile)
				.map(AotProcessedStartIT::read)
				.filter((json) -> json.contains("dev/seqguard/engine/"))
				.toList();
			assertThat(resourceHints).singleElement().asString().contains("dev/seqguard/engine/**/*.sql");
		}
	}

	/** The file's text, with JSON's escaped slashes ({@code \\/}) read as slashes. */
	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8).replace("\\/", "/");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
