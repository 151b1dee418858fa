package dev.seqguard.scenarios;

import java.util.List;
import java.util.Map;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.Messages;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.HibernateVersion;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import dev.seqguard.mappings.MappingSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.scenarios.ScenarioEntities.target;
import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * Every mapping {@code docs/drift-arithmetic.md} names, against a real PostgreSQL, with
 * Hibernate as the oracle. Each test puts its own tables into a known state and asserts
 * the exact lag that document's formulas give.
 */
@OnEveryPostgresVersion
@OnEveryHibernateVersion
class DriftScenariosTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("scenarios");

	static EngineFixture application;

	final SequenceGuard guard = application.guard();

	final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

	@BeforeAll
	static void start() {
		database.runScripts("scenarios/schema.sql");
		application = EngineFixture.start(database, ScenarioEntities.ALL.toArray(Class<?>[]::new));
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void identityColumnLoadedWithExplicitIdsDriftsByTheirCountAndTheFirstInsertFails() {
		this.jdbc.execute("truncate category restart identity");
		this.jdbc.execute("insert into category (id, name) values (1, 'books'), (2, 'music')");

		TargetReport.Checked category = checked(check("category"));

		assertThat(category.status()).isEqualTo(TargetStatus.DRIFT);
		assertThat(category.lag()).isEqualTo(2);
		assertThat(category.reading().furthestId()).isEqualTo(2);
		assertThat(category.reading().nextValue()).isEqualTo(1);
		assertThat(category.identity().sequence()).isEqualTo("public.category_id_seq");
		assertThat(category.identity().generator()).isEqualTo("identity");
		assertThat(category.detail()).startsWith("SELECT pg_catalog.setval('public.category_id_seq', 2, true);");
		assertThatException()
			.isThrownBy(() -> MappingSupport.insert(application.entityManagerFactory(), new Category("films")))
			.withStackTraceContaining("duplicate key value violates unique constraint \"category_pkey\"")
			.withStackTraceContaining("Key (id)=(1) already exists");
	}

	@Test
	void generatedAlwaysIdentity() {
		this.jdbc.execute("truncate always_item restart identity");
		this.jdbc.execute("insert into always_item (id) overriding system value select generate_series(1, 5)");

		assertThat(check("always_item").knownLag()).isEqualTo(5);
	}

	@Test
	void serialColumn() {
		this.jdbc.execute("truncate serial_thing restart identity");
		this.jdbc.execute("insert into serial_thing (id) values (1), (2), (3)");

		TargetReport.Checked serial = checked(check("serial_thing"));

		assertThat(serial.lag()).isEqualTo(3);
		assertThat(serial.identity().sequence()).isEqualTo("public.serial_thing_id_seq");
		// usage is measured against the int column's limit, not the sequence's bigint one
		assertThat(serial.reading().usage()).isEqualTo(3.0 / Integer.MAX_VALUE);
	}

	@Test
	void defaultNextvalOnASequenceTheColumnDoesNotOwn() {
		this.jdbc.execute("truncate free_seq_thing; alter sequence free_seq restart");
		this.jdbc.execute("insert into free_seq_thing (id) values (10), (20)");

		TargetReport.Checked target = checked(check("free_seq_thing"));

		assertThat(target.identity().sequence()).isEqualTo("public.free_seq");
		assertThat(target.lag()).isEqualTo(20);
	}

	@Test
	void pooledSequenceAfterUse() {
		// (last_value 51, is_called) -> nextval 101 -> pooled hands out 52..101 first
		this.jdbc.execute("truncate invoice; select setval('invoice_seq', 51, true)");
		this.jdbc.execute("insert into invoice (id) select generate_series(1, 120)");

		TargetReport.Checked invoice = checked(check("invoice"));

		assertThat(invoice.reading().optimizer()).isEqualTo("pooled");
		assertThat(invoice.reading().incrementSize()).isEqualTo(50);
		assertThat(invoice.reading().nextValue()).isEqualTo(101);
		assertThat(invoice.firstId()).isEqualTo(52);
		assertThat(invoice.lag()).isEqualTo(120 - 52 + 1);
		assertThat(invoice.detail()).startsWith("SELECT pg_catalog.setval('public.invoice_seq', 120, true);");
	}

	@Test
	void pooledSequenceNeverCalledHandsOutItsInitialValueFirst() {
		this.jdbc.execute("truncate invoice; alter sequence invoice_seq restart");
		this.jdbc.execute("insert into invoice (id) values (1), (2)");

		TargetReport.Checked invoice = checked(check("invoice"));

		assertThat(invoice.firstId()).isEqualTo(1);
		assertThat(invoice.lag()).isEqualTo(2);
	}

	@Test
	void implicitPooledSequenceBelowItsIncrementHandsOutNextvalFirst() {
		// Hibernate 7's implicit generator (initial value -1) uses nextval 30 < 50 as the
		// first id; Hibernate 6.6's (initial value 1) takes 30 as the top of the block
		// -19..30
		this.jdbc.execute("truncate receipt; select setval('receipt_seq', 30, false)");
		this.jdbc.execute("insert into receipt (id) select generate_series(1, 40)");

		TargetReport.Checked receipt = checked(check("receipt"));
		long handedOut = MappingSupport.firstIdHandedOut(application.entityManagerFactory(), Receipt::new,
				(drawn) -> drawn.id);

		assertThat(receipt.firstId()).isEqualTo(handedOut).isEqualTo((HibernateVersion.major() == 6) ? -19 : 30);
		assertThat(receipt.lag()).isEqualTo(40 - handedOut + 1);
	}

	@Test
	void pooledLoSequence() {
		// (700, is_called) -> nextval 710 -> pooled-lo hands out 710..719
		this.jdbc.execute("truncate ticket; select setval('ticket_seq', 700, true)");
		this.jdbc.execute("insert into ticket (id) values (1), (715)");

		TargetReport.Checked ticket = checked(check("ticket"));

		assertThat(ticket.reading().optimizer()).isEqualTo("pooled-lo");
		assertThat(ticket.firstId()).isEqualTo(710);
		assertThat(ticket.lag()).isEqualTo(6);
		// next value must become 716: setval(706, true) with increment 10
		assertThat(ticket.detail()).startsWith("SELECT pg_catalog.setval('public.ticket_seq', 706, true);");
	}

	@Test
	void hiloSequence() {
		// (7, is_called) -> nextval 8 -> hilo hands out (8 - 1) * 10 + 1 = 71..80
		this.jdbc.execute("truncate coupon; select setval('coupon_seq', 7, true)");
		this.jdbc.execute("insert into coupon (id) values (75)");

		TargetReport.Checked coupon = checked(check("coupon"));

		assertThat(coupon.reading().optimizer()).isEqualTo("hilo");
		assertThat(coupon.firstId()).isEqualTo(71);
		assertThat(coupon.lag()).isEqualTo(5);
		// nextval must become ceil(75 / 10) + 1 = 9
		assertThat(coupon.detail()).startsWith("SELECT pg_catalog.setval('public.coupon_seq', 8, true);");
	}

	@Test
	void jhipsterSequenceSharedByThreeEntitiesHasALagPerTableAndOneFixClearingTheLargestId() {
		// sequence_generator starts at 1050, increment 50: the first block is 1001..1050
		this.jdbc.execute("truncate author, book, publisher; alter sequence sequence_generator restart");
		this.jdbc.execute("insert into author (id) select generate_series(1, 1200)");
		this.jdbc.execute("insert into book (id) select generate_series(1, 1001)");
		this.jdbc.execute("insert into publisher (id) select generate_series(1, 900)");

		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "author").knownLag()).isEqualTo(200);
		assertThat(target(report, "book").knownLag()).isEqualTo(1);
		assertThat(target(report, "publisher").knownLag()).isZero();
		assertThat(target(report, "publisher").status()).isEqualTo(TargetStatus.OK);
		for (String table : List.of("author", "book")) {
			assertThat(target(report, table).identity().sequence()).isEqualTo("public.sequence_generator");
			assertThat(target(report, table).detail())
				.startsWith("SELECT pg_catalog.setval('public.sequence_generator', 1200, true);");
		}
		assertThat(target(report, "book").detail())
			.endsWith("; id 1200 is in table public.author, which shares sequence public.sequence_generator");
		assertThat(target(report, "author").detail()).doesNotContain("is in table");
	}

	@Test
	void joinedInheritanceIsCheckedOnTheRootTable() {
		this.jdbc.execute("truncate animal, dog restart identity");
		this.jdbc.execute("insert into animal (id) select generate_series(1, 4)");
		this.jdbc.execute("insert into dog (id, breed) values (1, 'beagle')");

		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "animal").knownLag()).isEqualTo(4);
		assertThat(target(report, "animal").identity().entity()).isEqualTo("Dog");
		assertThat(report.targets()).extracting((entry) -> entry.identity().table()).doesNotContain("dog");
	}

	@Test
	void tablePerClassChecksEveryConcreteTableOnTheSharedSequence() {
		this.jdbc.execute("truncate circle, square; alter sequence shape_seq restart");
		this.jdbc.execute("insert into circle (id, radius) select generate_series(1, 7), 1");
		this.jdbc.execute("insert into square (id, side) select generate_series(1, 3), 1");

		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "circle").knownLag()).isEqualTo(7);
		assertThat(target(report, "square").knownLag()).isEqualTo(3);
		assertThat(target(report, "square").detail())
			.startsWith("SELECT pg_catalog.setval('public.shape_seq', 7, true);");
		assertThat(report.targets()).extracting((entry) -> entry.identity().table()).doesNotContain("shape");
	}

	@Test
	void tableInAnotherSchema() {
		this.jdbc.execute("truncate inventory.stock_item restart identity");
		this.jdbc.execute("insert into inventory.stock_item (item_id) select generate_series(1, 9)");

		TargetReport.Checked stock = checked(check("stock_item"));

		assertThat(stock.identity().schema()).isEqualTo("inventory");
		assertThat(stock.identity().column()).isEqualTo("item_id");
		assertThat(stock.identity().sequence()).isEqualTo("inventory.stock_item_item_id_seq");
		assertThat(stock.lag()).isEqualTo(9);
	}

	@Test
	void quotedMixedCaseNames() {
		this.jdbc.execute("truncate \"OrderLine\" restart identity");
		this.jdbc.execute("insert into \"OrderLine\" (\"LineId\") values (1), (2)");

		TargetReport.Checked line = checked(check("OrderLine"));

		assertThat(line.identity().column()).isEqualTo("LineId");
		assertThat(line.identity().sequence()).isEqualTo("public.OrderLine_LineId_seq");
		assertThat(line.lag()).isEqualTo(2);
		assertThat(line.detail()).startsWith("SELECT pg_catalog.setval('public.\"OrderLine_LineId_seq\"', 2, true);");
	}

	@Test
	void entitiesOnSpacedReservedAndHostileTableNamesAreCheckedAndNothingElseRuns() {
		this.jdbc.execute("truncate \"Order Lines\", \"user\", \"x\"\"; drop table victim; --\" restart identity");
		this.jdbc.execute("insert into \"Order Lines\" (\"Line No\") values (1), (2)");
		this.jdbc.execute("insert into \"user\" (id) values (1), (2), (3)");
		this.jdbc.execute("insert into \"x\"\"; drop table victim; --\" (id) values (1), (2), (3), (4)");

		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "Order Lines").identity().column()).isEqualTo("Line No");
		assertThat(target(report, "Order Lines").knownLag()).isEqualTo(2);
		assertThat(target(report, "user").knownLag()).isEqualTo(3);
		assertThat(target(report, "x\"; drop table victim; --").knownLag()).isEqualTo(4);
		assertThat(this.jdbc.queryForObject("select to_regclass('public.victim') is not null", Boolean.class)).isTrue();
	}

	@Test
	void idsThatAreNotDrawnFromASequenceAreSkippedWithTheReason() {
		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "token").status()).isEqualTo(TargetStatus.SKIPPED);
		assertThat(target(report, "token").detail()).contains("UUID");
		assertThat(target(report, "country").status()).isEqualTo(TargetStatus.SKIPPED);
		assertThat(target(report, "country").detail()).contains("assigned id");
		assertThat(target(report, "enrollment").status()).isEqualTo(TargetStatus.SKIPPED);
		assertThat(target(report, "enrollment").detail()).contains("composite id of 2 columns");
		// the UUID reason's words differ between Hibernate 6.6 and 7
		assertThat(Messages.checkedDataSource(report.dataSources().get(0))).contains(" skipped (")
			.contains("1 assigned id")
			.doesNotContain("TABLE generator");
	}

	@Test
	void anImplicitTableGeneratorIsCheckedOnItsRowOfHibernateSequences() {
		SeqGuardReport report = this.guard.check();

		assertThat(target(report, "legacy").status()).isEqualTo(TargetStatus.OK);
		assertThat(target(report, "legacy").identity().sequence())
			.isEqualTo("hibernate_sequences(sequence_name = 'default')");
	}

	@Test
	void emptyTableHasNoDrift() {
		this.jdbc.execute("truncate empty_thing restart identity");

		TargetReport.Checked empty = checked(check("empty_thing"));

		assertThat(empty.status()).isEqualTo(TargetStatus.OK);
		assertThat(empty.lag()).isZero();
		assertThat(empty.reading().furthestId()).isNull();
	}

	@Test
	void sequenceMovedWithSetvalFalseIsReadFromTheSequenceItself() {
		// pg_sequences.last_value would be NULL here (is_called = false)
		this.jdbc.execute("truncate widget; select setval('widget_seq', 100, false)");
		this.jdbc.execute("insert into widget (id) select generate_series(1, 120)");

		TargetReport.Checked widget = checked(check("widget"));

		assertThat(widget.reading().nextValue()).isEqualTo(100);
		assertThat(widget.lag()).isEqualTo(21);
	}

	@Test
	void rowsInsertedTheOrdinaryWayAreHealthy() {
		this.jdbc.execute("truncate note restart identity");
		this.jdbc.execute("insert into note (text) values ('a'), ('b'), ('c')");

		TargetReport.Checked note = checked(check("note"));

		assertThat(note.status()).isEqualTo(TargetStatus.OK);
		assertThat(note.lag()).isZero();
		assertThat(note.reading().nextValue()).isEqualTo(4);
		assertThat(note.detail()).isNull();
	}

	@Test
	void reportModeLeavesEverySequenceExactlyAsItWas() {
		this.jdbc.execute("truncate category restart identity");
		this.jdbc.execute("insert into category (id, name) values (1, 'books'), (2, 'music')");
		this.jdbc.execute("select setval('widget_seq', 100, false)");
		List<Map<String, Object>> before = sequenceStates();

		SeqGuardReport report = this.guard.check();

		assertThat(report.drifted()).isNotEmpty();
		assertThat(sequenceStates()).isEqualTo(before);
	}

	private List<Map<String, Object>> sequenceStates() {
		List<String> sequences = this.jdbc.queryForList(
				"select format('%I.%I', schemaname, sequencename) from pg_sequences order by 1", String.class);
		String union = String.join(" union all ",
				sequences.stream()
					.map((sequence) -> "select '" + sequence + "' as seq, last_value, is_called from " + sequence)
					.toList());
		return this.jdbc.queryForList(union + " order by seq");
	}

	private TargetReport check(String table) {
		return target(this.guard.check(), table);
	}

}
