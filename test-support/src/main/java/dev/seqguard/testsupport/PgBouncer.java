package dev.seqguard.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PgBouncer (Debian's {@code pgbouncer} package) in front of the embedded server,
 * in {@code pool_mode = transaction}: every transaction of a client may run on another
 * server connection, as behind the poolers that managed PostgreSQL services put in front
 * of the database.
 * <p>
 * PgBouncer refuses to run as root; as root it is started as the {@code postgres} user
 * the package creates.
 */
public final class PgBouncer implements AutoCloseable {

	/** Why a test that needs PgBouncer did not run, and how to make it run. */
	public static final String NOT_INSTALLED = "pgbouncer is not installed: the PgBouncer tests need Debian's"
			+ " pgbouncer package (apt-get install pgbouncer; .ci/run installs it)";

	private final Path directory;

	private final int port;

	private final long pid;

	private PgBouncer(Path directory, int port, long pid) {
		this.directory = directory;
		this.port = port;
		this.pid = pid;
	}

	/**
	 * Whether PgBouncer can be started here: the executable is installed, and when
	 * running as root there is a {@code postgres} user to run it as.
	 * @return {@code true} when {@link #start(int, int)} can work
	 */
	public static boolean isAvailable() {
		return executable().isPresent() && (!isRoot() || run("runuser", "-u", "postgres", "--", "true") == 0);
	}

	/**
	 * Starts PgBouncer in transaction pooling mode in front of a server on
	 * {@code 127.0.0.1}.
	 * @param serverPort the PostgreSQL server's port
	 * @param serverConnectionsPerDatabase {@code default_pool_size}: the server
	 * connections all clients of one database share
	 * @return the running PgBouncer
	 */
	public static PgBouncer start(int serverPort, int serverConnectionsPerDatabase) {
		try {
			Path directory = Files.createTempDirectory("pgbouncer");
			// PgBouncer runs as postgres: it must read the configuration and write its
			// pid and log files here
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));
			int port = freePort();
			Path users = write(directory, "userlist.txt", "\"postgres\" \"\"\n");
			Path ini = write(directory, "pgbouncer.ini",
					String.join("\n", "[databases]", "* = host=127.0.0.1 port=" + serverPort + " user=postgres", "",
							"[pgbouncer]", "listen_addr = 127.0.0.1", "listen_port = " + port, "unix_socket_dir =",
							"auth_type = trust", "auth_file = " + users, "pool_mode = transaction",
							"default_pool_size = " + serverConnectionsPerDatabase, "max_client_conn = 500",
							"ignore_startup_parameters = extra_float_digits",
							"logfile = " + directory.resolve("pgbouncer.log"),
							"pidfile = " + directory.resolve("pgbouncer.pid"), ""));
			List<String> command = new ArrayList<>();
			if (isRoot()) {
				command.addAll(List.of("runuser", "-u", "postgres", "--"));
			}
			command.addAll(List.of(executable().orElseThrow().toString(), "-d", "-q", ini.toString()));
			int exit = run(command.toArray(String[]::new));
			if (exit != 0) {
				throw new IllegalStateException("pgbouncer exited with " + exit + ": " + log(directory));
			}
			awaitListening(port, directory);
			long pid = Long.parseLong(Files.readString(directory.resolve("pgbouncer.pid")).trim());
			return new PgBouncer(directory, port, pid);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Returns the JDBC URL of a database behind this PgBouncer.
	 * @param database the database name
	 * @param parameters URL parameters such as {@code prepareThreshold=0}, or empty
	 * @return the URL
	 */
	public String jdbcUrl(String database, String parameters) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database
				+ (parameters.isEmpty() ? "" : "?" + parameters);
	}

	@Override
	public void close() {
		ProcessHandle.of(this.pid).ifPresent((process) -> {
			process.destroy();
			process.onExit().orTimeout(5, TimeUnit.SECONDS).join();
		});
	}

	private static Optional<Path> executable() {
		List<String> directories = new ArrayList<>(
				List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
		directories.addAll(List.of("/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"));
		return directories.stream()
			.filter((directory) -> !directory.isEmpty())
			.map((directory) -> Path.of(directory, "pgbouncer"))
			.filter(Files::isExecutable)
			.findFirst();
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static Path write(Path directory, String name, String content) throws IOException {
		Path file = directory.resolve(name);
		Files.writeString(file, content, StandardCharsets.UTF_8);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		return file;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitListening(int port, Path directory) throws IOException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 200);
				if (Files.exists(directory.resolve("pgbouncer.pid"))) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("pgbouncer did not start listening on port " + port + ": " + log(directory));
	}

	private static String log(Path directory) throws IOException {
		Path log = directory.resolve("pgbouncer.log");
		return Files.exists(log) ? Files.readString(log) : "(no log)";
	}

	@Override
	public String toString() {
		return "PgBouncer on 127.0.0.1:" + this.port + " (" + this.directory + ")";
	}

}
