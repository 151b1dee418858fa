package dev.seqguard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command's lines name its own flags ({@code --mode repair}) and, where it has no
 * flag, say what to do in plain words: never a starter property ({@code seqguard.*}),
 * which the command does not read.
 */
class CliFlagWordsTests {

	@Test
	void driftInReportModeTellsToRunWithModeRepair() {
		DriftedDatabase database = DriftedDatabase.create();
		Run text = run("--url", database.url, "--user", "postgres");
		Run json = run("--url", database.url, "--user", "postgres", "--format", "json");

		assertThat(text.exitCode).isEqualTo(ExitCodes.DRIFT);
		assertThat(text.out).contains("WARN Sequence drift on public.invoice.id")
			.contains("-- or run with --mode repair")
			.doesNotContain("seqguard.");
		assertThat(json.out).contains("-- or run with --mode repair").doesNotContain("seqguard.");
	}

	@Test
	void unguardedSequencesAreNamedWithoutASettingTheCommandLacks() {
		DriftedDatabase database = DriftedDatabase.create();
		// legacy's own sequence, legacy_id_seq, numbers no column since its DEFAULT moved
		Run run = run("--url", database.url, "--user", "postgres");

		assertThat(run.out).contains("INFO SeqGuard does not guard 1 sequence")
			.contains("public.legacy_id_seq")
			.contains("if application code draws ids from one, SeqGuard does not check the column it numbers")
			.doesNotContain("seqguard.");
	}

	@Test
	void aRepairWithoutTheUpdatePrivilegeAsksForTheGrantOnly() {
		DriftedDatabase database = DriftedDatabase.create();
		database.execute("create role grantless login; grant select on all tables in schema public to grantless;"
				+ " grant select on all sequences in schema public to grantless");
		Run run = run("--url", database.url, "--user", "grantless", "--mode", "repair");

		assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
		assertThat(run.out).contains("no UPDATE privilege on sequence public.invoice_id_seq")
			.contains("GRANT UPDATE ON SEQUENCE public.invoice_id_seq TO grantless;")
			.doesNotContain("role of its own")
			.doesNotContain("seqguard.");
	}

	@Test
	void aRepairBlockedByAWriterSaysRetryWithoutATimeoutSetting() throws Exception {
		DriftedDatabase database = DriftedDatabase.create();
		try (Connection writer = DriverManager.getConnection(database.url, "postgres", "");
				Statement statement = writer.createStatement()) {
			writer.setAutoCommit(false);
			// an insert in flight: its lock conflicts with the repair's, until the
			// repair's lock timeout is spent
			statement.execute("insert into invoice (id) values (-1)");

			Run run = run("--url", database.url, "--user", "postgres", "--mode", "repair");

			writer.rollback();
			assertThat(run.exitCode).isEqualTo(ExitCodes.DRIFT);
			assertThat(run.out).contains("SQLSTATE 55P03")
				.contains("(another session holds a conflicting lock; retry)")
				.doesNotContain("seqguard.");
		}
	}

	private static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = SeqGuardCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), (name) -> null);
		return new Run(exitCode, out.toString(StandardCharsets.UTF_8));
	}

	private record Run(int exitCode, String out) {
	}

}
