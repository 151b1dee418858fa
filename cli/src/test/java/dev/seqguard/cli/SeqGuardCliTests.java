package dev.seqguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command run in-process against a real, drifted PostgreSQL database.
 */
class SeqGuardCliTests {

	@Test
	void reportModeFindsEveryDriftedSequenceBackedColumnOfTheSearchPathAndChangesNothing() {
		DriftedDatabase database = DriftedDatabase.create();
		Run run = run("--url", database.url, "--user", "postgres");
		assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
		assertThat(run.out).contains("WARN Sequence drift on public.invoice.id: sequence public.invoice_id_seq")
			.contains("WARN Sequence drift on public.note.id: sequence public.note_id_seq")
			.contains("WARN Sequence drift on public.legacy.id: sequence public.legacy_ids")
			.contains("INFO SeqGuard checked datasource '" + database.url.replaceAll(".*/([^?]+).*", "$1")
					+ "': 4 targets, 3 drifted")
			.doesNotContain("receipt")
			.doesNotContain("archive");
		assertThat(database.nextValue("public.invoice_id_seq")).isEqualTo(1);
		assertThat(database.nextValue("public.legacy_ids")).isEqualTo(1);
	}

	@Test
	void schemasOptionChoosesTheSchemasByGlob() {
		DriftedDatabase database = DriftedDatabase.create();
		Run run = run("--url", database.url, "--user", "postgres", "--schemas", "arch*,nothing");
		assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
		assertThat(run.out).contains("WARN Sequence drift on archive.old_order.id")
			.contains("': 1 targets, 1 drifted")
			.doesNotContain("public.");
	}

	@Test
	void repairModeMovesEveryDriftedSequenceForwardAndExitsHealthy() {
		DriftedDatabase database = DriftedDatabase.create();
		Run repair = run("--url", database.url, "--user", "postgres", "--schemas", "public,archive", "--mode",
				"repair");
		assertThat(repair.exitCode).isEqualTo(ExitCodes.HEALTHY);
		assertThat(repair.out)
			.contains("INFO SeqGuard repaired sequence public.invoice_id_seq (public.invoice):" + " next value 1 -> 4")
			.contains("INFO SeqGuard repaired sequence public.legacy_ids (public.legacy): next value 1 -> 8")
			.contains("INFO SeqGuard repaired sequence archive.old_order_id_seq");
		assertThat(database.nextValue("public.note_id_seq")).isEqualTo(11);
		Run check = run("--url", database.url, "--user", "postgres", "--schemas", "public,archive");
		assertThat(check.exitCode).isEqualTo(ExitCodes.HEALTHY);
		assertThat(check.out).contains("': 5 targets, 0 drifted");
	}

	@Test
	void jsonFormatPrintsTheReportOnStdoutAndTheLogLinesOnStderr() {
		DriftedDatabase database = DriftedDatabase.create();
		Run run = run("--url", database.url, "--user", "postgres", "--format", "json");
		assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
		JsonNode report = JsonMapper.builder().build().readTree(run.out);
		JsonNode targets = report.get("dataSources").get(0).get("targets");
		assertThat(targets).hasSize(4);
		Map<String, String> statusByTable = new java.util.TreeMap<>();
		targets.forEach(
				(target) -> statusByTable.put(target.get("schema").asString() + "." + target.get("table").asString(),
						target.get("status").asString()));
		assertThat(statusByTable).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("public.invoice", "DRIFT",
				"public.legacy", "DRIFT", "public.note", "DRIFT", "public.receipt", "OK")));
		JsonNode invoice = targets.valueStream()
			.filter((target) -> target.get("table").asString().equals("invoice"))
			.findFirst()
			.orElseThrow();
		// ids 1..3 inserted explicitly, the identity never called: it hands out 1, 2, 3
		// again
		assertThat(invoice.get("furthestId").asLong()).isEqualTo(3);
		assertThat(invoice.get("nextValue").asLong()).isEqualTo(1);
		assertThat(invoice.get("lag").asLong()).isEqualTo(3);
		assertThat(run.err).contains("WARN Sequence drift on public.invoice.id");
	}

	@Test
	void aDatabaseThatCannotBeReachedExitsWithTwo() {
		Run run = run("--url", "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "--user", "postgres");
		assertThat(run.exitCode).isEqualTo(ExitCodes.NOT_CHECKED);
		assertThat(run.out).contains("WARN SeqGuard could not check datasource 'nothing'");
	}

	@Test
	void badArgumentsGetAUsageMessageAndExitWithTwo() {
		DriftedDatabase database = DriftedDatabase.create();
		for (List<String> args : List.of(List.of("--user", "postgres"), List.of("--url", database.url, "--mode", "fix"),
				List.of("--url", "jdbc:mysql://localhost/db"),
				List.of("--url", database.url, "--password-env", "SEQGUARD_TEST_UNSET_VARIABLE"),
				List.of("--url", database.url, "--frobnicate"))) {
			Run run = run(args.toArray(String[]::new));
			assertThat(run.exitCode).as(args.toString()).isEqualTo(ExitCodes.NOT_CHECKED);
			assertThat(run.err).as(args.toString()).contains("Usage: seqguard");
		}
		assertThat(run("--url", database.url, "--password-env", "SEQGUARD_TEST_UNSET_VARIABLE").err)
			.contains("SEQGUARD_TEST_UNSET_VARIABLE, which is not set");
	}

	@Test
	void passwordComesFromTheNamedEnvironmentVariable() {
		DriftedDatabase database = DriftedDatabase.create();
		database.execute("create role reader login password 's3cret'; grant select on all tables in schema public"
				+ " to reader; grant select on all sequences in schema public to reader");
		Run run = SeqGuardCliTests.runWith(Map.of("SEQGUARD_PASSWORD", "s3cret"), "--url", database.url, "--user",
				"reader", "--password-env", "SEQGUARD_PASSWORD");
		assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
	}

	@Test
	void namesHoldingControlCharactersArePrintedEscapedAndNeverStartALine() {
		DriftedDatabase database = DriftedDatabase.create();
		database.execute("""
				create schema hostile;
				create sequence hostile."s\u001b[31m red";
				create table hostile."evil\nERROR forged line" (
				  "id\rWARN forged" bigint primary key default nextval('hostile."s\u001b[31m red"'));
				insert into hostile."evil\nERROR forged line" values (1), (2), (3);
				""");

		Run check = run("--url", database.url, "--user", "postgres", "--schemas", "hostile", "--verbose");
		Run repair = run("--url", database.url, "--user", "postgres", "--schemas", "hostile", "--mode", "repair",
				"--verbose");

		assertThat(check.exitCode).isEqualTo(ExitCodes.DRIFT);
		assertThat(repair.exitCode).isEqualTo(ExitCodes.HEALTHY);
		assertThat(check.out).contains("WARN Sequence drift on hostile.evil\\nERROR forged line.id\\rWARN forged:"
				+ " sequence hostile.s\\x1b[31m red (none)");
		assertThat(repair.out)
			.contains("INFO SeqGuard repaired sequence hostile.s\\x1b[31m red (hostile.evil\\nERROR forged line)");
		for (String out : List.of(check.out, repair.out)) {
			assertThat(out.chars().filter((c) -> c < 0x20 && c != '\n')).as(out).isEmpty();
			assertThat(out.lines()).as(out).allMatch((line) -> line.matches("(DEBUG|INFO|WARN|ERROR) .*"));
		}
	}

	@Test
	void aRejectedUrlIsRepeatedWithItsPasswordMasked() {
		for (String url : List.of("jdbc:mysql://admin:topsecret@localhost/db?password=topsecret",
				"jdbc:postgresql://localhost:notaport/db?user=admin&password=topsecret",
				"jdbc:postgresql://admin:topsecret@localhost:notaport/db")) {
			Run run = run("--url", url);

			assertThat(run.exitCode).as(url).isEqualTo(ExitCodes.NOT_CHECKED);
			assertThat(run.err).as(url).contains("--url").contains("****").doesNotContain("topsecret");
		}
	}

	private static Run run(String... args) {
		return runWith(Map.of(), args);
	}

	private static Run runWith(Map<String, String> environment, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = SeqGuardCli.run(Stream.of(args).toArray(String[]::new),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				environment::get);
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String out, String err) {
	}

}
