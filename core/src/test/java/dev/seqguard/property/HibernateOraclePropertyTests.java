package dev.seqguard.property;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.testsupport.EngineFixture;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

import org.springframework.jdbc.core.JdbcTemplate;

import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * Hibernate is the oracle: on random databases (every optimizer Hibernate 7 has,
 * increments, start values, {@code is_called}, explicit ids dense or sparse or none,
 * ascending and descending sequences, a sequence shared by two entities, bigint and
 * integer columns), what SeqGuard reports is compared with what a freshly started
 * application really does, never with a formula written here:
 * <ol>
 * <li>check, then insert through Hibernate: the id Hibernate hands out is the report's
 * {@code firstId}; the lag is positive exactly when that id is not above {@code max(id)}
 * ({@code min(id)} descending); the insert fails with a duplicate key exactly when that
 * id is taken; and the lag is the number of ids Hibernate hands out before the first one
 * that clears the table;</li>
 * <li>repair, then insert through a fresh application: the insert succeeds with an id
 * that clears every table on the sequence, and that id is the repaired report's
 * {@code firstId};</li>
 * <li>the repair went no further than needed: with the sequence one step behind where the
 * repair put it, a fresh application hands out an id that collides again.</li>
 * </ol>
 * Every check and every insert runs on a fresh {@code EntityManagerFactory} (a freshly
 * started application), because Hibernate's optimizers keep blocks of ids in memory.
 * <p>
 * jqwik prints the seed of every run and shrinks a failure to a small database. Replay a
 * run with {@code -Dseqguard.seed=<seed>} (see {@link SeedFromSystemProperty}); a failed
 * run is also replayed first by the next run in the same checkout (jqwik's database under
 * {@code target/}).
 */
@AddLifecycleHook(SeedFromSystemProperty.class)
@OnEveryPostgresVersion
@OnEveryHibernateVersion
class HibernateOraclePropertyTests {

	private static final Class<?>[] ENTITIES = { Hilo.class, IdentityRow.class, LegacyHilo.class, NoneSequenced.class,
			PooledExplicit.class, PooledFrom100.class, PooledImplicit.class, PooledLo.class, PooledLotl.class,
			SharedFirst.class, SharedSecond.class };

	private static final TestDatabase database = EmbeddedPostgres.createDatabase("property");

	private static final JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());

	@Property(tries = 40, shrinking = ShrinkingMode.BOUNDED, afterFailure = AfterFailureMode.PREVIOUS_SEED)
	void hibernateHandsOutTheIdsTheReportPromisesBeforeAndAfterARepair(@ForAll("databases") Schema schema) {
		schema.create();
		Map<String, TargetReport> checked = new HashMap<>();
		onFreshApplication((guard, factory) -> {
			SeqGuardReport report = guard.check();
			for (Setup setup : schema.setups()) {
				verifyCheck(setup, report, factory, checked);
			}
		});
		List<Setup> drifted = schema.setups()
			.stream()
			.filter((
					setup) -> setup.tables().stream().anyMatch((table) -> checked(checked.get(table.name())).lag() > 0))
			.toList();
		for (Setup setup : schema.setups()) {
			Statistics.label(setup.group().name())
				.collect(drifted.contains(setup) ? "drift" : "ok", setup.descending() ? "descending" : "ascending");
			TargetReport.Checked first = checked(checked.get(setup.drawer().name()));
			if (Set.of(Group.POOLED, Group.POOLED_100, Group.POOLED_IMPLICIT, Group.SHARED).contains(setup.group())
					&& setup.increment() > 1) {
				Statistics.label("pooled optimizers")
					.collect(first.firstId() == first.reading().nextValue() ? "first nextval is the first id"
							: "first nextval tops a block");
			}
		}
		if (drifted.isEmpty()) {
			return;
		}

		schema.create();
		Map<Group, Long> repairedNext = new HashMap<>();
		onFreshApplication((guard, factory) -> {
			Map<Group, Long> before = nextValues(schema.setups());
			SeqGuardReport report = guard.repair();
			Map<Group, Long> after = nextValues(schema.setups());
			for (Setup setup : schema.setups()) {
				verifyRepair(setup, checked, report, before.get(setup.group()), after.get(setup.group()), factory);
			}
			drifted.forEach((setup) -> repairedNext.put(setup.group(), after.get(setup.group())));
		});

		List<Setup> oneStepBack = new ArrayList<>();
		for (Setup setup : drifted) {
			if (setup.stepBack(repairedNext.get(setup.group()))) {
				oneStepBack.add(setup);
			}
		}
		onFreshApplication((guard, factory) -> {
			for (Setup setup : oneStepBack) {
				long id = drawOne(factory, setup.drawer());
				assertThat(setup.collidesWithAny(id))
					.as("%s: one step behind the repair (next value %d), Hibernate's first id %d must collide with %s,"
							+ " or the repair moved the sequence further than needed", setup,
							repairedNext.get(setup.group()) - setup.increment(), id, setup.extremes())
					.isTrue();
			}
		});
	}

	// ---- phase 1: check, then Hibernate's inserts
	// ------------------------------------------------------------

	private static void verifyCheck(Setup setup, SeqGuardReport report, EntityManagerFactory factory,
			Map<String, TargetReport> checked) {
		for (Table table : setup.tables()) {
			TargetReport.Checked target = checked(target(report, table.name()));
			checked.put(table.name(), target);
			assertThat(target.status()).as("%s: %s", table, target).isIn(TargetStatus.OK, TargetStatus.DRIFT);
		}
		// the first id a fresh application hands out, by a real insert into the drawing
		// entity's table
		Table drawer = setup.drawer();
		Insert first = insertOne(factory, drawer);
		assertThat(first.duplicate()).as("%s: insert of id %d failed with a duplicate key", drawer, first.id())
			.isEqualTo(setup.rows(drawer).contains(first.id()));
		// then further ids, without inserting where Hibernate allows it, until one clears
		// every table
		List<Long> handedOut = new ArrayList<>(List.of(first.id()));
		long cap = 2_000;
		while (setup.collidesWithAny(handedOut.get(handedOut.size() - 1))) {
			assertThat(handedOut).as("%s: ids handed out never clear %s", setup, setup.extremes())
				.hasSizeLessThan((int) cap);
			handedOut.addAll(drawMore(factory, drawer, setup));
		}
		for (Table table : setup.tables()) {
			TargetReport.Checked target = checked(target(report, table.name()));
			Long extreme = setup.extreme(table);
			long collisions = handedOut.stream().takeWhile((id) -> setup.collides(id, extreme)).count();
			assertThat(target.firstId()).as("%s: report %s, Hibernate handed out %d first", table, target, first.id())
				.isEqualTo(first.id());
			assertThat(target.lag() > 0)
				.as("%s: report %s, Hibernate's first id %d against extreme id %s", table, target, first.id(), extreme)
				.isEqualTo(setup.collides(first.id(), extreme));
			assertThat(target.status()).isEqualTo((target.lag() > 0) ? TargetStatus.DRIFT : TargetStatus.OK);
			assertThat(target.lag())
				.as("%s: report %s; Hibernate handed out %s before an id that clears %s", table, target,
						abbreviate(handedOut), extreme)
				.isEqualTo(collisions);
		}
	}

	/**
	 * Hands out ids until one clears every table on the sequence (or a block of them);
	 * only IDENTITY inserts.
	 */
	private static List<Long> drawMore(EntityManagerFactory factory, Table drawer, Setup setup) {
		if (drawer.group() == Group.IDENTITY) {
			return List.of(insertOne(factory, drawer).id());
		}
		List<Long> ids = new ArrayList<>();
		EntityManager entityManager = factory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			long id;
			do {
				GeneratedEntity entity = drawer.newEntity();
				entityManager.persist(entity);
				id = entity.id();
				ids.add(id);
			}
			while (setup.collidesWithAny(id) && ids.size() < 500);
			entityManager.getTransaction().rollback();
		}
		finally {
			entityManager.close();
		}
		return ids;
	}

	// ---- phase 2: repair, then Hibernate's insert
	// ------------------------------------------------------------

	private static void verifyRepair(Setup setup, Map<String, TargetReport> checked, SeqGuardReport report,
			long nextBefore, long nextAfter, EntityManagerFactory factory) {
		boolean drifted = false;
		for (Table table : setup.tables()) {
			boolean tableDrifted = checked(checked.get(table.name())).lag() > 0;
			drifted |= tableDrifted;
			TargetReport target = target(report, table.name());
			assertThat(target.status()).as("%s after repair: %s", table, target)
				.isEqualTo(tableDrifted ? TargetStatus.REPAIRED : TargetStatus.OK);
		}
		if (drifted) {
			assertThat(setup.descending() ? nextAfter < nextBefore : nextAfter > nextBefore)
				.as("%s: the repair moves the sequence forward, next value %d -> %d", setup, nextBefore, nextAfter)
				.isTrue();
		}
		else {
			assertThat(nextAfter).as("%s: a healthy sequence is left alone", setup).isEqualTo(nextBefore);
		}
		Table drawer = setup.drawer();
		Insert first = insertOne(factory, drawer);
		assertThat(first.duplicate()).as("%s: after the repair Hibernate's insert of id %d failed", setup, first.id())
			.isFalse();
		assertThat(setup.collidesWithAny(first.id()))
			.as("%s: after the repair Hibernate handed out %d, which does not clear %s", setup, first.id(),
					setup.extremes())
			.isFalse();
		assertThat(checked(target(report, drawer.name())).firstId())
			.as("%s: repaired report %s, Hibernate handed out %d first", drawer, target(report, drawer.name()),
					first.id())
			.isEqualTo(first.id());
	}

	// ---- Hibernate and the database
	// ---------------------------------------------------------------------------

	private static void onFreshApplication(ApplicationConsumer consumer) {
		try (EngineFixture application = EngineFixture.on(database, ENTITIES)
			// Hibernate adopts the database's increment as the pooled optimizers' block
			// size, so that one entity class covers every increment
			.hibernate("hibernate.id.sequence.increment_size_mismatch_strategy", "fix")
			.pool(2, 0)
			.start()) {
			consumer.accept(application.guard(), application.entityManagerFactory());
		}
	}

	private static Insert insertOne(EntityManagerFactory factory, Table table) {
		EntityManager entityManager = factory.createEntityManager();
		GeneratedEntity entity = table.newEntity();
		try {
			entityManager.getTransaction().begin();
			entityManager.persist(entity);
			entityManager.flush();
			entityManager.getTransaction().commit();
			return new Insert(entity.id(), false);
		}
		catch (RuntimeException ex) {
			if (!isDuplicateKey(ex)) {
				throw ex;
			}
			if (entityManager.getTransaction().isActive()) {
				entityManager.getTransaction().rollback();
			}
			// an IDENTITY insert fails before Hibernate learns the id: the database
			// handed out the sequence's last value
			Long id = (entity.id() != null) ? entity.id()
					: jdbc.queryForObject("select last_value from " + table.group().sequenceSql(), Long.class);
			return new Insert(id, true);
		}
		finally {
			entityManager.close();
		}
	}

	/**
	 * The first id a fresh application hands out, inserted only where Hibernate cannot
	 * hand out without inserting.
	 */
	private static long drawOne(EntityManagerFactory factory, Table table) {
		if (table.group() == Group.IDENTITY) {
			return insertOne(factory, table).id();
		}
		EntityManager entityManager = factory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			GeneratedEntity entity = table.newEntity();
			entityManager.persist(entity);
			entityManager.getTransaction().rollback();
			return entity.id();
		}
		finally {
			entityManager.close();
		}
	}

	private static boolean isDuplicateKey(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static Map<Group, Long> nextValues(List<Setup> setups) {
		Map<Group, Long> next = new HashMap<>();
		for (Setup setup : setups) {
			Map<String, Object> state = jdbc
				.queryForMap("select last_value, is_called from " + setup.group().sequenceSql());
			long last = (Long) state.get("last_value");
			next.put(setup.group(), (Boolean) state.get("is_called") ? last + setup.increment() : last);
		}
		return next;
	}

	private static TargetReport target(SeqGuardReport report, String table) {
		return report.targets()
			.stream()
			.filter((target) -> target.identity().table().equals(table))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no target for table " + table + " in " + report.targets()));
	}

	private static String abbreviate(List<Long> ids) {
		return (ids.size() <= 12) ? ids.toString()
				: ids.subList(0, 6) + "... (" + ids.size() + " ids) ..." + ids.subList(ids.size() - 3, ids.size());
	}

	// ---- random databases
	// -------------------------------------------------------------------------------------

	@Provide
	Arbitrary<Schema> databases() {
		List<Arbitrary<Setup>> setups = new ArrayList<>();
		for (Group group : Group.values()) {
			setups.add(setup(group));
		}
		return Combinators.combine(setups).as(Schema::new);
	}

	private static Arbitrary<Setup> setup(Group group) {
		Arbitrary<Boolean> descending = group.descendingPossible() ? Arbitraries.of(false, true)
				: Arbitraries.just(false);
		Arbitrary<Integer> step = switch (group.style()) {
			case FREE -> Arbitraries.integers().between(1, 3);
			case BLOCK -> Arbitraries.integers().between(1, 20);
			case UNIT -> Arbitraries.just(1);
		};
		// next values below 1 are possible where a sequence's MINVALUE is 0 or negative
		Arbitrary<Long> next = switch (group) {
			// hilo and legacy-hilo turn one nextval into a block: small next values cover
			// the interesting range
			case HILO, LEGACY_HILO -> Arbitraries.longs().between(-2, 66);
			// initialValue 100 is special for the pooled optimizer: then the very first
			// nextval is the first id
			case POOLED_100 ->
				Arbitraries.oneOf(Arbitraries.longs().between(98, 102), Arbitraries.longs().between(-2, 345));
			default -> Arbitraries.oneOf(Arbitraries.longs().between(-2, 25), Arbitraries.longs().between(-2, 345));
		};
		Arbitrary<List<Rows>> rows = rows().list().ofSize(group.tables().size());
		Arbitrary<Integer> drawer = Arbitraries.integers().between(0, group.tables().size() - 1);
		return Combinators
			.combine(descending, step, next, Arbitraries.of(false, true), Arbitraries.of(false, true), rows, drawer)
			.as((down, n, nextValue, called, intColumn, tableRows, drawing) -> new Setup(group, down ? -n : n,
					down ? -Math.abs(nextValue) - 1 : nextValue, called, intColumn && group.style() == Style.FREE,
					tableRows, drawing))
			// a pooled-lo block that ends below 1 makes Hibernate hand out id 1 again and
			// again: no id stream to judge
			.filter((setup) -> !(setup.group() == Group.POOLED_LO || setup.group() == Group.POOLED_LOTL)
					|| setup.next() + setup.increment() >= 2);
	}

	/**
	 * Explicit ids: 1..dense (an import), plus a few sparse ones; mirrored for descending
	 * sequences.
	 */
	private static Arbitrary<Rows> rows() {
		Arbitrary<Long> dense = Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 320));
		Arbitrary<Set<Long>> sparse = Arbitraries.longs().between(1, 330).set().ofMaxSize(4);
		return Combinators.combine(dense, sparse).as((upTo, ids) -> new Rows(upTo, new TreeSet<>(ids)));
	}

	// ---- the model
	// --------------------------------------------------------------------------------------------

	/** How a group's database increment relates to Hibernate's increment size. */
	enum Style {

		/**
		 * The optimizer none: every nextval is one id, whatever the database steps by.
		 */
		FREE,

		/** pooled, pooled-lo, pooled-lotl: the database steps by the block size. */
		BLOCK,

		/** hilo, legacy-hilo: the database steps by 1 and numbers blocks. */
		UNIT

	}

	/** One sequence and the entities that draw from it. */
	enum Group {

		NONE("none_seq", Style.FREE, List.of(NoneSequenced.class)),

		IDENTITY(null, Style.FREE, List.of(IdentityRow.class)),

		POOLED("pooled_seq", Style.BLOCK, List.of(PooledExplicit.class)),

		POOLED_100("pooled100_seq", Style.BLOCK, List.of(PooledFrom100.class)),

		POOLED_IMPLICIT("pooled_implicit_seq", Style.BLOCK, List.of(PooledImplicit.class)),

		POOLED_LO("pooled_lo_seq", Style.BLOCK, List.of(PooledLo.class)),

		POOLED_LOTL("pooled_lotl_seq", Style.BLOCK, List.of(PooledLotl.class)),

		HILO("hilo_seq", Style.UNIT, List.of(Hilo.class)),

		LEGACY_HILO("legacy_hilo_seq", Style.UNIT, List.of(LegacyHilo.class)),

		SHARED("shared_seq", Style.BLOCK, List.of(SharedFirst.class, SharedSecond.class));

		private final String sequence;

		private final Style style;

		private final List<Class<? extends GeneratedEntity>> entities;

		Group(String sequence, Style style, List<Class<? extends GeneratedEntity>> entities) {
			this.sequence = sequence;
			this.style = style;
			this.entities = entities;
		}

		Style style() {
			return this.style;
		}

		/**
		 * Hibernate's other optimizers refuse an increment below 1 ("increment size
		 * cannot be less than 1").
		 */
		boolean descendingPossible() {
			return this.style == Style.FREE;
		}

		List<Table> tables() {
			return this.entities.stream().map((entity) -> new Table(this, entity)).toList();
		}

		String sequenceSql() {
			return (this.sequence != null) ? this.sequence : "identity_row_id_seq";
		}

	}

	/** An entity's table. */
	record Table(Group group, Class<? extends GeneratedEntity> entity) {

		String name() {
			return this.entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
		}

		GeneratedEntity newEntity() {
			try {
				return this.entity.getDeclaredConstructor().newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String toString() {
			return this.entity.getSimpleName();
		}

	}

	/** Explicit ids 1..denseUpTo and the sparse ones, as magnitudes. */
	record Rows(long denseUpTo, Set<Long> sparse) {

		Set<Long> ids(boolean descending) {
			Set<Long> ids = new TreeSet<>();
			LongStream.rangeClosed(1, this.denseUpTo).forEach(ids::add);
			ids.addAll(this.sparse);
			if (!descending) {
				return ids;
			}
			Set<Long> negated = new TreeSet<>();
			ids.forEach((id) -> negated.add(-id));
			return negated;
		}

		@Override
		public String toString() {
			return ((this.denseUpTo > 0) ? "1.." + this.denseUpTo + " " : "") + this.sparse;
		}

	}

	/**
	 * A sequence's state and its tables' rows.
	 *
	 * @param group the sequence and its entities
	 * @param increment the sequence's increment (Hibernate's block size for pooled
	 * optimizers)
	 * @param next what the next nextval returns
	 * @param called whether the state is written as (next - increment, is_called) or as
	 * (next, not called)
	 * @param intColumn whether the id columns are integer rather than bigint
	 * @param rows each table's explicit ids
	 * @param drawerIndex which entity of a shared sequence inserts first
	 */
	record Setup(Group group, long increment, long next, boolean called, boolean intColumn, List<Rows> rows,
			int drawerIndex) {

		boolean descending() {
			return this.increment < 0;
		}

		List<Table> tables() {
			return this.group.tables();
		}

		Table drawer() {
			return tables().get(this.drawerIndex);
		}

		Set<Long> rows(Table table) {
			return this.rows.get(tables().indexOf(table)).ids(descending());
		}

		Long extreme(Table table) {
			Set<Long> ids = rows(table);
			if (ids.isEmpty()) {
				return null;
			}
			return descending() ? ((TreeSet<Long>) ids).first() : ((TreeSet<Long>) ids).last();
		}

		List<Long> extremes() {
			return tables().stream().map(this::extreme).toList();
		}

		boolean collides(long id, Long extreme) {
			return extreme != null && (descending() ? id >= extreme : id <= extreme);
		}

		boolean collidesWithAny(long id) {
			return tables().stream().anyMatch((table) -> collides(id, extreme(table)));
		}

		String ddl() {
			long last = this.called ? this.next - this.increment : this.next;
			long min = descending() ? -1_000_000 : Math.min(1, Math.min(last, this.next));
			long max = descending() ? Math.max(-1, Math.max(last, this.next)) : 1_000_000;
			String options = "increment " + this.increment + " minvalue " + min + " maxvalue " + max + " start " + last;
			String type = this.intColumn ? "integer" : "bigint";
			StringBuilder sql = new StringBuilder();
			if (this.group == Group.IDENTITY) {
				sql.append("create table identity_row (id ")
					.append(type)
					.append(" generated by default as identity (")
					.append(options)
					.append(") primary key);\n");
			}
			else {
				sql.append("create sequence ")
					.append(this.group.sequenceSql())
					.append(' ')
					.append(options)
					.append(";\n");
				for (Table table : tables()) {
					sql.append("create table ")
						.append(table.name())
						.append(" (id ")
						.append(type)
						.append(" primary key);\n");
				}
			}
			if (this.called) {
				sql.append("select setval('")
					.append(this.group.sequenceSql())
					.append("', ")
					.append(last)
					.append(", true);\n");
			}
			for (Table table : tables()) {
				Set<Long> ids = rows(table);
				if (!ids.isEmpty()) {
					sql.append("insert into ")
						.append(table.name())
						.append(" (id) select unnest('{")
						.append(String.join(",", ids.stream().map(String::valueOf).toList()))
						.append("}'::int8[]);\n");
				}
			}
			return sql.toString();
		}

		/**
		 * Puts the sequence one increment behind the given next value; false when its
		 * bounds do not allow it.
		 */
		boolean stepBack(long repairedNext) {
			long back = repairedNext - this.increment;
			Map<String, Object> bounds = jdbc.queryForMap(
					"select min_value, max_value from pg_sequences where sequencename = ?", this.group.sequenceSql());
			if (back < (Long) bounds.get("min_value") || back > (Long) bounds.get("max_value")) {
				return false;
			}
			jdbc.queryForObject("select setval(?::regclass, ?, false)", Long.class, this.group.sequenceSql(), back);
			return true;
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(this.group.name()).append("{increment ")
				.append(this.increment)
				.append(", next ")
				.append(this.next)
				.append(this.called ? " (is_called)" : " (not called)");
			if (this.intColumn) {
				text.append(", integer ids");
			}
			for (Table table : tables()) {
				text.append(", ").append(table).append(" rows ").append(this.rows.get(tables().indexOf(table)));
			}
			if (tables().size() > 1) {
				text.append(", ").append(drawer()).append(" inserts first");
			}
			return text.append('}').toString();
		}

	}

	/** One random database: every group's sequence and tables. */
	record Schema(List<Setup> setups) {

		void create() {
			StringBuilder sql = new StringBuilder("drop schema if exists public cascade; create schema public;\n");
			this.setups.forEach((setup) -> sql.append(setup.ddl()));
			database.execute(sql.toString());
		}

	}

	record Insert(long id, boolean duplicate) {
	}

	@FunctionalInterface
	interface ApplicationConsumer {

		void accept(SequenceGuard guard, EntityManagerFactory factory);

	}

}
