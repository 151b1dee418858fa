package dev.seqguard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged runnable jar, run with {@code java -jar} as an operator or a CI pipeline
 * would, against a real, drifted PostgreSQL database.
 */
class SeqGuardCliJarIT {

	@Test
	void theRunnableJarReportsThenRepairsADriftedDatabase() throws Exception {
		DriftedDatabase database = DriftedDatabase.create();
		Process report = java("--url", database.url, "--user", "postgres", "--password-env", "SEQGUARD_PASSWORD");
		String reportOutput = output(report);
		assertThat(report.exitValue()).as(reportOutput).isEqualTo(1);
		assertThat(reportOutput).contains("WARN Sequence drift on public.invoice.id");
		Process repair = java("--url", database.url, "--user", "postgres", "--mode", "repair");
		String repairOutput = output(repair);
		assertThat(repair.exitValue()).as(repairOutput).isEqualTo(0);
		assertThat(repairOutput).contains("INFO SeqGuard repaired sequence public.invoice_id_seq");
		Process usage = java("--url", database.url, "--format", "yaml");
		String usageOutput = output(usage);
		assertThat(usage.exitValue()).as(usageOutput).isEqualTo(2);
		assertThat(usageOutput).contains("Usage: seqguard");
	}

	private static Process java(String... args) throws IOException {
		Path jar = Path.of(System.getProperty("seqguard.cli.jar", "target/seqguard-cli.jar"));
		assertThat(jar).as("the runnable jar, built by `mvn package`").exists();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("SEQGUARD_PASSWORD", "unused with trust authentication");
		return builder.start();
	}

	private static String output(Process process) throws Exception {
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		Files.writeString(Path.of("target", "cli-it-last-output.txt"), output);
		return output;
	}

}
