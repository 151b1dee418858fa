package dev.seqguard.startup;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.seqguard.autoconfigure.SeqGuardStartupCheck;
import dev.seqguard.startup.TrafficApplication.LifecycleInserter;
import dev.seqguard.testsupport.CheckStep;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In {@code repair} mode the repair is done before anything can insert: an HTTP request
 * sent the moment the port accepts a connection, and a lifecycle bean that inserts when
 * it starts, both get a fresh id, although the check was held up for seconds by a lock on
 * another table. The check started early, on its own thread, so this is the test that the
 * context waits for it before the first lifecycle bean starts.
 */
class StartupBeforeTrafficTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("traffic");

	static {
		database.execute(TrafficApplication.SCHEMA);
	}

	@Test
	void insertsSentAsSoonAsTheApplicationCanTakeThemFindTheSequenceRepaired() throws Exception {
		int port = freePort();
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		try (Connection locker = database.dataSource().getConnection()) {
			// hold up the check: it waits for this lock before it can read audit_entry
			locker.setAutoCommit(false);
			try (Statement statement = locker.createStatement()) {
				statement.execute("lock table audit_entry in access exclusive mode");
			}
			Thread starting = Thread.currentThread();
			scheduler.submit(() -> {
				// once SeqGuard waits for the lock, hold it until the startup waits for
				// SeqGuard (at most 10 s), then one more second
				awaitLockWaiter();
				awaitStartupCheckIn(starting);
				Thread.sleep(1000);
				locker.commit();
				return null;
			});
			CompletableFuture<HttpResponse<String>> firstRequest = CompletableFuture
				.supplyAsync(() -> postAsSoonAsThePortAccepts(port));

			BufferingApplicationStartup startup = new BufferingApplicationStartup(10_000);
			try (ConfigurableApplicationContext application = new SpringApplicationBuilder(TrafficApplication.class)
				.applicationStartup(startup)
				.properties("server.port=" + port, "spring.datasource.url=" + database.jdbcUrl(),
						"spring.datasource.username=postgres", "spring.jpa.hibernate.ddl-auto=none",
						"spring.jpa.open-in-view=false", "seqguard.mode=repair", "seqguard.refresh-interval=0")
				.run()) {
				HttpResponse<String> response = firstRequest.get(60, TimeUnit.SECONDS);
				LifecycleInserter inserter = application.getBean(LifecycleInserter.class);

				SoftAssertions.assertSoftly((softly) -> {
					softly.assertThat(CheckStep.tags(startup))
						.as("the check started early")
						.containsEntry("early", "true");
					softly.assertThat(inserter.error).as("the lifecycle bean's insert failed").isNull();
					softly.assertThat(inserter.insertedId).as("the lifecycle bean's id").isGreaterThan(3);
					softly.assertThat(response.statusCode()).as("the first request: " + response.body()).isEqualTo(201);
				});
				assertThat(Long.parseLong(response.body())).isGreaterThan(3);
			}
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	private static void awaitLockWaiter() throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		try (Connection connection = database.dataSource().getConnection();
				Statement statement = connection.createStatement()) {
			while (System.nanoTime() < deadline) {
				try (ResultSet waiting = statement.executeQuery("select count(*) from pg_catalog.pg_locks"
						+ " where not granted and relation = 'audit_entry'::regclass")) {
					waiting.next();
					if (waiting.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
	}

	/**
	 * Waits until the thread that starts the application is inside the startup check:
	 * waiting for the check begun early, or running it.
	 */
	private static void awaitStartupCheckIn(Thread starting) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline && Arrays.stream(starting.getStackTrace())
			.noneMatch((frame) -> frame.getClassName().equals(SeqGuardStartupCheck.class.getName()))) {
			Thread.sleep(10);
		}
	}

	private static HttpResponse<String> postAsSoonAsThePortAccepts(int port) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (!accepts(port)) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("port " + port + " never accepted a connection");
			}
			Thread.onSpinWait();
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tickets"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.timeout(Duration.ofSeconds(30))
			.build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
