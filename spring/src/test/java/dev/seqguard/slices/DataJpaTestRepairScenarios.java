package dev.seqguard.slices;

import dev.seqguard.slices.SliceApplication.LedgerLine;
import dev.seqguard.slices.SliceApplication.LedgerLines;
import dev.seqguard.slices.SliceApplication.Memo;
import dev.seqguard.slices.SliceApplication.Memos;
import dev.seqguard.slices.SliceApplication.Note;
import dev.seqguard.slices.SliceApplication.Notes;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code @DataJpaTest} on a real, drifted PostgreSQL in {@code seqguard.mode=repair}:
 * the test's inserts succeed, whether the drift was in the database before the test or
 * written by its {@code @Sql} fixture, committed or inside the test-managed transaction.
 * Written once for both Boot lines: each line's subclass adds its own
 * {@code @DataJpaTest} (the annotation's package moved in Boot 4) on the real database
 * ({@code @AutoConfigureTestDatabase(replace = NONE)}).
 */
@TestPropertySource(properties = { "seqguard.mode=repair", "spring.jpa.hibernate.ddl-auto=none" })
abstract class DataJpaTestRepairScenarios {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("slicerepair");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(SliceApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	Notes notes;

	@Autowired
	Memos memos;

	@Autowired
	LedgerLines ledgerLines;

	@Test
	void anInsertIntoATableThatDriftedBeforeTheTestSucceeds() {
		assertThat(this.notes.saveAndFlush(new Note("from the test")).id).isEqualTo(3);
	}

	@Test
	@Sql(statements = "insert into memo (id, text) values (1, 'fixture'), (2, 'fixture'), (3, 'fixture')")
	void anInsertAfterAnSqlFixtureWithExplicitIdsInTheTestsTransactionSucceeds() {
		assertThat(this.memos.saveAndFlush(new Memo("from the test")).id).isEqualTo(4);
		assertThat(this.memos.count()).isEqualTo(4);
	}

	@Test
	@Sql(statements = "insert into ledger_line (id, text) values (1, 'fixture'), (2, 'fixture')",
			config = @SqlConfig(transactionMode = SqlConfig.TransactionMode.ISOLATED))
	void anInsertAfterACommittedSqlFixtureWithExplicitIdsSucceeds() {
		assertThat(this.ledgerLines.saveAndFlush(new LedgerLine("from the test")).id).isEqualTo(3);
	}

}
