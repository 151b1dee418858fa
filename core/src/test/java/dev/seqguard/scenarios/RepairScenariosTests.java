package dev.seqguard.scenarios;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.seqguard.mappings.MappingSupport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import dev.seqguard.testsupport.OnEveryPostgresVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.seqguard.scenarios.ScenarioEntities.target;
import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repair of every scenario table, each drifted: afterwards Hibernate's own first insert
 * into each one succeeds, for every generator and optimizer.
 */
@OnEveryPostgresVersion
@OnEveryHibernateVersion
class RepairScenariosTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("repairscenarios");

	static EngineFixture application;

	static SeqGuardReport repaired;

	@BeforeAll
	static void startAndRepair() {
		database.runScripts("scenarios/schema.sql", "scenarios/drifted-data.sql");
		application = EngineFixture.start(database, ScenarioEntities.ALL.toArray(Class<?>[]::new));
		repaired = application.guard().repair();
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void theRepairMarksEveryDriftedTargetRepaired() {
		SeqGuardReport startup = repaired;
		assertThat(startup.drifted()).isEmpty();
		List<String> repaired = startup.targets()
			.stream()
			.filter((target) -> target.status() == TargetStatus.REPAIRED)
			.map((entry) -> entry.identity().table())
			.toList();
		assertThat(repaired).containsExactlyInAnyOrder("category", "always_item", "serial_thing", "free_seq_thing",
				"invoice", "receipt", "ticket", "coupon", "author", "book", "animal", "circle", "square", "stock_item",
				"OrderLine", "widget");
		TargetReport.Checked author = checked(target(startup, "author"));
		assertThat(author.detail()).contains("SELECT pg_catalog.setval('public.sequence_generator', 1200, true);")
			.contains("next value 1050 -> 1250");
		assertThat(author.firstId()).isEqualTo(1201);
		assertThat(target(startup, "publisher").status()).isEqualTo(TargetStatus.OK);
	}

	@Test
	void firstInsertOfEveryEntitySucceedsAboveTheLargestId() {
		assertThat(persist(AlwaysItem::new, (e) -> e.id)).isEqualTo(6);
		assertThat(persist(SerialThing::new, (e) -> e.id.longValue())).isEqualTo(4);
		assertThat(persist(FreeSeqThing::new, (e) -> e.id)).isEqualTo(21);
		assertThat(persist(Invoice::new, (e) -> e.id)).isEqualTo(121);
		assertThat(persist(Receipt::new, (e) -> e.id)).isEqualTo(41);
		assertThat(persist(Ticket::new, (e) -> e.id)).isEqualTo(716);
		assertThat(persist(Coupon::new, (e) -> e.id)).isEqualTo(81);
		// each entity's pooled optimizer draws its own block of 50 from the shared
		// sequence
		assertThat(persist(Author::new, (e) -> e.id)).isEqualTo(1201);
		assertThat(persist(Book::new, (e) -> e.id)).isEqualTo(1251);
		assertThat(persist(Publisher::new, (e) -> e.id)).isEqualTo(1301);
		assertThat(persist(Dog::new, (e) -> e.id)).isEqualTo(5);
		assertThat(persist(Circle::new, (e) -> e.id)).isEqualTo(8);
		assertThat(persist(Square::new, (e) -> e.id)).isEqualTo(9);
		assertThat(persist(StockItem::new, (e) -> e.id)).isEqualTo(10);
		assertThat(persist(OrderLine::new, (e) -> e.id)).isEqualTo(3);
		assertThat(persist(Widget::new, (e) -> e.id)).isEqualTo(121);
	}

	@Test
	void aCheckAfterTheRepairFindsNoDrift() {
		SeqGuardReport report = application.guard().check();

		assertThat(report.drifted()).isEmpty();
		assertThat(report.targets()).noneMatch((target) -> target.status() == TargetStatus.ERROR);
	}

	private <E> long persist(Supplier<E> entity, Function<E, Long> id) {
		E instance = entity.get();
		MappingSupport.insert(application.entityManagerFactory(), instance);
		return id.apply(instance);
	}

}
