package dev.seqguard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.SchemaScope;
import dev.seqguard.report.PrintableText;
import dev.seqguard.report.ReportLogger;
import dev.seqguard.report.SeqGuardReport;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar seqguard-cli.jar}: checks, or repairs, every sequence-backed column of
 * a PostgreSQL database with SeqGuard's engine, and says so in SeqGuard's own log lines
 * or as the report's JSON.
 */
@Command(name = "seqguard", mixinStandardHelpOptions = true, version = "SeqGuard CLI 0.1.0",
		description = "Checks (or repairs) every column fed by a sequence (IDENTITY, serial, DEFAULT nextval) "
				+ "for a sequence that fell behind its table's ids.",
		exitCodeOnInvalidInput = ExitCodes.NOT_CHECKED, exitCodeOnExecutionException = ExitCodes.NOT_CHECKED,
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no sequence behind its table", "1:drift found (or left after a failed repair)",
				"2:the database (or a table or sequence) could not be checked; bad arguments" })
public final class SeqGuardCli implements Callable<Integer> {

	@Option(names = "--url", required = true, paramLabel = "JDBC_URL",
			description = "The database: jdbc:postgresql://host:port/database")
	private String url = "";

	@Option(names = "--user", description = "The role to connect as.")
	private @Nullable String user;

	@Option(names = "--password-env", paramLabel = "VAR",
			description = "Name of the environment variable that holds the password.")
	private @Nullable String passwordEnv;

	@Option(names = "--schemas", split = ",", paramLabel = "GLOB",
			description = "Schemas to check, glob patterns ('a,b*'); default: the search_path.")
	private List<String> schemas = new ArrayList<>();

	@Option(names = "--mode", defaultValue = "report", paramLabel = "report|repair",
			description = "report (default) changes nothing; repair moves drifted sequences forward, under locks.")
	private Mode mode = Mode.REPORT;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
			description = "text (default): SeqGuard's log lines on stdout; json: the report on stdout, "
					+ "the log lines on stderr.")
	private Format format = Format.TEXT;

	@Option(names = "--verbose", description = "Also list the healthy and skipped columns.")
	private boolean verbose;

	@Spec
	private @Nullable CommandSpec spec;

	private final PrintStream out;

	private final PrintStream err;

	private final UnaryOperator<@Nullable String> environment;

	private SeqGuardCli(PrintStream out, PrintStream err, UnaryOperator<@Nullable String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	/**
	 * Runs the command and exits with its exit code.
	 * @param args the command line
	 */
	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err, System::getenv));
	}

	/**
	 * Runs the command.
	 * @param args the command line
	 * @param out where the report goes
	 * @param err where usage messages (and in JSON format the log lines) go
	 * @param environment reads an environment variable
	 * @return the exit code
	 */
	static int run(String[] args, PrintStream out, PrintStream err, UnaryOperator<@Nullable String> environment) {
		ConsoleLog.useJdkLogging();
		return new CommandLine(new SeqGuardCli(out, err, environment)).setCaseInsensitiveEnumValuesAllowed(true)
			.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
			.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
			.execute(args);
	}

	@Override
	public Integer call() {
		PGSimpleDataSource dataSource = dataSource();
		ConsoleLog.writeTo((this.format == Format.JSON) ? this.err : this.out, this.verbose);
		SchemaScope scope = SchemaScope.catalogDefault(this.schemas, List.of());
		SequenceGuard guard = new SequenceGuard(
				List.of(GuardedDataSource.of(dataSource.getDatabaseName(), dataSource, List.of())),
				InspectionSettings.DEFAULTS.withSchemas(scope).withSwitches(FlagSwitches.FLAGS));
		SeqGuardReport report = (this.mode == Mode.REPAIR) ? guard.repair() : guard.check();
		ReportLogger.log(report, FlagSwitches.FLAGS);
		if (this.format == Format.JSON) {
			this.out.println(JsonReport.write(report));
		}
		return ExitCodes.of(report);
	}

	private PGSimpleDataSource dataSource() {
		if (!this.url.startsWith("jdbc:postgresql:")) {
			throw usage("--url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database), not '" + this.url
					+ "'");
		}
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		try {
			dataSource.setURL(this.url);
		}
		catch (IllegalArgumentException ex) {
			throw usage("--url is not a valid PostgreSQL JDBC URL: " + ex.getMessage());
		}
		if (this.user != null) {
			dataSource.setUser(this.user);
		}
		if (this.passwordEnv != null) {
			String password = this.environment.apply(this.passwordEnv);
			if (password == null) {
				throw usage("--password-env names environment variable " + this.passwordEnv + ", which is not set");
			}
			dataSource.setPassword(password);
		}
		return dataSource;
	}

	private ParameterException usage(String message) {
		CommandSpec commandSpec = this.spec;
		if (commandSpec == null) {
			throw new IllegalStateException("picocli did not inject the command spec");
		}
		// the URL may hold a password, and CI logs keep what the command prints
		return new ParameterException(commandSpec.commandLine(), PrintableText.of(message));
	}

	/** What the command does to drifted sequences. */
	enum Mode {

		/** Changes nothing. */
		REPORT,

		/** Moves each drifted sequence forward, under the repair protocol's locks. */
		REPAIR

	}

	/** How the command prints the report. */
	enum Format {

		/** SeqGuard's log lines. */
		TEXT,

		/** The report as JSON. */
		JSON

	}

}
