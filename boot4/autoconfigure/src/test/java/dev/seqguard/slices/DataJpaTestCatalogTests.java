package dev.seqguard.slices;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A JPA application with {@code seqguard.catalog.schemas}: tables no entity maps (an
 * IDENTITY table in another schema, a serial table beside the entities) are checked from
 * the catalog, and a table an entity maps is checked once, as the entity.
 */
@DataJpaTest(properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.catalog.schemas=audit,public" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DataJpaTestCatalogTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("jpacatalog");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(SliceApplication.SCHEMA + """
				create schema audit;
				create table audit.event (id bigint generated always as identity primary key, what text);
				insert into audit.event (id, what) overriding system value values (1, 'a'), (2, 'b'), (3, 'c');
				create table unmapped_log (id serial primary key);
				insert into unmapped_log (id) values (5);
				""");
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Test
	void unmappedSequenceBackedTablesAreCheckedAndEntityTablesOnlyAsTheirEntity() {
		assertThat(this.guard.check().targets())
			.extracting((target) -> target.identity().entity().replace("SliceApplication$", ""),
					(target) -> target.identity().qualifiedTable(), TargetReport::status, TargetReport::knownLag)
			.containsExactlyInAnyOrder(tuple("Note", "public.note", TargetStatus.DRIFT, 2L),
					tuple("Memo", "public.memo", TargetStatus.OK, 0L),
					tuple("LedgerLine", "public.ledger_line", TargetStatus.OK, 0L),
					tuple("", "audit.event", TargetStatus.DRIFT, 3L),
					tuple("", "public.unmapped_log", TargetStatus.DRIFT, 5L));
	}

	@Test
	void catalogTargetsNameTheirSequenceAndWhatFeedsTheColumn() {
		assertThat(this.guard.check().targets()).filteredOn((target) -> target.identity().entity().isEmpty())
			.extracting((target) -> target.identity().qualifiedColumn(), (target) -> target.identity().generator(),
					(target) -> target.identity().sequence())
			.containsExactlyInAnyOrder(tuple("audit.event.id", "identity", "audit.event_id_seq"),
					tuple("public.unmapped_log.id", "serial", "public.unmapped_log_id_seq"));
	}

}
