package dev.seqguard.concurrency;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;

/**
 * Runs {@link ConcurrentRepairHarness} with the repair people write by hand,
 * {@code setval(seq, (SELECT max(id) FROM t))}, to show that the harness catches it. Not
 * a test: its outcome depends on timing, so it is run by hand (see
 * docs/repair-protocol.md) and its numbers are quoted, never asserted in CI.
 */
public final class NaiveRepairDemonstration {

	private NaiveRepairDemonstration() {
	}

	public static void main(String[] args) throws Exception {
		TestDatabase database = EmbeddedPostgres.createDatabase("naive");
		database.execute(HotConfiguration.SCHEMA);
		try (EngineFixture application = EngineFixture.on(database, HotConfiguration.ENTITIES).pool(20, 20).start()) {
			DataSource dataSource = application.dataSource();
			ConcurrentRepairHarness harness = new ConcurrentRepairHarness(application.entityManagerFactory(),
					dataSource);
			ConcurrentRepairHarness.Result result = harness.run(() -> naiveRepair(dataSource), Duration.ofSeconds(4));
			System.out.println("Naive setval(seq, (SELECT max(id) FROM t)) under load: " + result);
		}
		System.exit(0);
	}

	private static ConcurrentRepairHarness.RepairRun naiveRepair(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("select setval('hot_identity_id_seq', (select max(id) from hot_identity)), "
					+ "setval('hot_pooled_seq', (select max(id) from hot_pooled))");
			return new ConcurrentRepairHarness.RepairRun(2, true);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
