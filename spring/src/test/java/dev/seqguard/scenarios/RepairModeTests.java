package dev.seqguard.scenarios;

import java.util.List;
import java.util.function.Supplier;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * {@code seqguard.mode=repair} in a {@code @SpringBootTest}: every scenario table starts
 * drifted, and after startup Hibernate's own first insert into each one succeeds, for
 * every generator and optimizer.
 */
@SpringBootTest(classes = ScenarioApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "spring.jpa.open-in-view=false",
				"seqguard.refresh-interval=0", "seqguard.mode=repair", "scenario.insert-at-startup=true" })
@OnEveryPostgresVersion
class RepairModeTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("repairmode");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.runScripts("scenarios/schema.sql", "scenarios/drifted-data.sql");
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	StartupInserter startupInserter;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

	@Test
	void repairRanBeforeTheUsersRunnersAndBeforeReadiness() {
		assertThat(this.startupInserter.reportSeen.targets())
			.anyMatch((target) -> target.status() == TargetStatus.REPAIRED);
		assertThat(this.startupInserter.readinessSeen).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
		// category held ids 1 and 2: the user's startup insert gets 3
		assertThat(this.startupInserter.insertedId).isEqualTo(3);
	}

	@Test
	void startupReportMarksEveryDriftedTargetRepaired() {
		SeqGuardReport startup = this.startupInserter.reportSeen;
		assertThat(startup.drifted()).isEmpty();
		List<String> repaired = startup.targets()
			.stream()
			.filter((target) -> target.status() == TargetStatus.REPAIRED)
			.map((entry) -> entry.identity().table())
			.toList();
		assertThat(repaired).containsExactlyInAnyOrder("category", "always_item", "serial_thing", "free_seq_thing",
				"invoice", "receipt", "ticket", "coupon", "author", "book", "animal", "circle", "square", "stock_item",
				"OrderLine", "widget");
		TargetReport.Checked author = checked(ScenarioEntities.target(startup, "author"));
		assertThat(author.detail()).contains("SELECT pg_catalog.setval('public.sequence_generator', 1200, true);")
			.contains("next value 1050 -> 1250");
		assertThat(author.firstId()).isEqualTo(1201);
		assertThat(ScenarioEntities.target(startup, "publisher").status()).isEqualTo(TargetStatus.OK);
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
		SeqGuardReport report = this.guard.check();

		assertThat(report.drifted()).isEmpty();
		assertThat(report.targets()).noneMatch((target) -> target.status() == TargetStatus.ERROR);
	}

	private <E> long persist(Supplier<E> entity, java.util.function.Function<E, Long> id) {
		return this.transactions.execute((tx) -> {
			E instance = entity.get();
			this.entityManager.persist(instance);
			this.entityManager.flush();
			return id.apply(instance);
		});
	}

}
