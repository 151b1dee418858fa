package dev.seqguard.concurrency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Writers insert without pause while a repair runs again and again; counts what a repair
 * must never cause.
 * <ul>
 * <li>6 writers insert default ids through Hibernate (3 IDENTITY, 3 pooled
 * SEQUENCE);</li>
 * <li>2 writers insert explicit ids: odd ids among the preloaded even ones (never drift),
 * and every 100 ms an id a million above the table's largest, which creates fresh drift
 * for the next repair to clear under load (far enough above that the sequence cannot
 * reach it before that repair);</li>
 * <li>a sampler reads both sequences' next value all along, to catch any backward
 * move;</li>
 * <li>the repair action runs every 20 ms.</li>
 * </ul>
 * Duplicate keys are counted only for default-id inserts that started after the first
 * repair run that left no drift behind had returned.
 */
public final class ConcurrentRepairHarness {

	private static final String[] TABLES = { "hot_identity", "hot_pooled" };

	private static final String SEQUENCE_STATE = """
			select (select case when is_called then last_value + 1 else last_value end from hot_identity_id_seq),
			       (select case when is_called then last_value + 50 else last_value end from hot_pooled_seq)""";

	private final EntityManagerFactory entityManagerFactory;

	private final DataSource dataSource;

	public ConcurrentRepairHarness(EntityManagerFactory entityManagerFactory, DataSource dataSource) {
		this.entityManagerFactory = entityManagerFactory;
		this.dataSource = dataSource;
	}

	/**
	 * Runs writers, sampler and repairs for the given time.
	 * @param repair one repair run
	 * @param duration how long the writers run
	 * @return what was counted
	 */
	public Result run(Supplier<RepairRun> repair, Duration duration) throws Exception {
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong firstRepairDone = new AtomicLong(Long.MAX_VALUE);
		AtomicInteger duplicatesAfterFirstRepair = new AtomicInteger();
		AtomicInteger duplicatesBeforeFirstRepair = new AtomicInteger();
		AtomicInteger insertsAfterFirstRepair = new AtomicInteger();
		AtomicInteger otherErrors = new AtomicInteger();
		AtomicInteger backwardMoves = new AtomicInteger();
		AtomicInteger unreadableSamples = new AtomicInteger();
		AtomicInteger repairsThatMoved = new AtomicInteger();
		AtomicInteger repairRuns = new AtomicInteger();
		ConcurrentLinkedQueue<Long> committedIdentityIds = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> committedPooledIds = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(10);
		List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			boolean identity = i % 2 == 0;
			futures.add(threads.submit(() -> {
				while (running.get()) {
					long start = System.nanoTime();
					try {
						long id = insertDefault(identity);
						(identity ? committedIdentityIds : committedPooledIds).add(id);
						if (start > firstRepairDone.get()) {
							insertsAfterFirstRepair.incrementAndGet();
						}
					}
					catch (RuntimeException ex) {
						if (isDuplicateKey(ex)) {
							(start > firstRepairDone.get() ? duplicatesAfterFirstRepair : duplicatesBeforeFirstRepair)
								.incrementAndGet();
						}
						else {
							otherErrors.incrementAndGet();
						}
					}
				}
				return null;
			}));
		}
		for (int i = 0; i < 2; i++) {
			String table = TABLES[i];
			futures.add(threads.submit(() -> {
				long odd = 1;
				long lastJump = System.nanoTime();
				while (running.get()) {
					if (System.nanoTime() - lastJump > TimeUnit.MILLISECONDS.toNanos(100)) {
						lastJump = System.nanoTime();
						insertExplicit(table, "(select max(id) + 1000000 from " + table + ")");
					}
					else {
						insertExplicit(table, Long.toString(odd));
						odd = (odd + 2 < 20000) ? odd + 2 : 1;
					}
				}
				return null;
			}));
		}
		futures.add(threads.submit(() -> {
			try (Connection connection = this.dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement(SEQUENCE_STATE)) {
				long[] previous = { Long.MIN_VALUE, Long.MIN_VALUE };
				while (running.get()) {
					try (ResultSet row = statement.executeQuery()) {
						row.next();
						for (int s = 0; s < 2; s++) {
							long next = row.getLong(s + 1);
							if (row.wasNull()) {
								unreadableSamples.incrementAndGet();
								continue;
							}
							if (next < previous[s]) {
								backwardMoves.incrementAndGet();
							}
							previous[s] = next;
						}
					}
				}
			}
			return null;
		}));
		long end = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < end) {
			RepairRun run = repair.get();
			repairRuns.incrementAndGet();
			if (run.moved() > 0) {
				repairsThatMoved.incrementAndGet();
			}
			if (run.leftNoDrift()) {
				firstRepairDone.compareAndSet(Long.MAX_VALUE, System.nanoTime());
			}
			Thread.sleep(20);
		}
		running.set(false);
		for (java.util.concurrent.Future<?> future : futures) {
			future.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();
		int lost = missing("hot_identity", committedIdentityIds) + missing("hot_pooled", committedPooledIds);
		return new Result(repairRuns.get(), repairsThatMoved.get(), insertsAfterFirstRepair.get(),
				duplicatesBeforeFirstRepair.get(), duplicatesAfterFirstRepair.get(), backwardMoves.get(),
				unreadableSamples.get(), lost, otherErrors.get(),
				committedIdentityIds.size() + committedPooledIds.size());
	}

	private long insertDefault(boolean identity) {
		EntityManager entityManager = this.entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			Object entity = identity ? new HotIdentity() : new HotPooled();
			entityManager.persist(entity);
			entityManager.getTransaction().commit();
			return identity ? ((HotIdentity) entity).id : ((HotPooled) entity).id;
		}
		catch (RuntimeException ex) {
			if (entityManager.getTransaction().isActive()) {
				entityManager.getTransaction().rollback();
			}
			throw ex;
		}
		finally {
			entityManager.close();
		}
	}

	private void insertExplicit(String table, String id) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("insert into " + table + " (id) values (" + id + ") on conflict do nothing");
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int missing(String table, ConcurrentLinkedQueue<Long> committed) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection
					.prepareStatement("select count(*) from " + table + " where id = any(?)")) {
			statement.setArray(1, connection.createArrayOf("int8", committed.toArray()));
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return committed.size() - row.getInt(1);
			}
		}
	}

	private static boolean isDuplicateKey(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What one repair run did.
	 *
	 * @param moved how many sequences it moved
	 * @param leftNoDrift whether every drifted sequence it found was repaired
	 */
	public record RepairRun(int moved, boolean leftNoDrift) {
	}

	/**
	 * What the harness counted.
	 *
	 * @param repairRuns how often the repair ran
	 * @param repairsThatMoved how many runs moved at least one sequence
	 * @param insertsAfterFirstRepair default-id inserts that started after the first
	 * complete repair and committed
	 * @param duplicatesBeforeFirstRepair duplicate keys before the first complete repair
	 * (the drift itself)
	 * @param duplicatesAfterFirstRepair duplicate keys among default-id inserts started
	 * after it
	 * @param backwardMoves times a sequence's next value was seen lower than before
	 * @param unreadableSamples times a sequence read returned no row (a concurrent
	 * rewrite of the sequence)
	 * @param lostRows committed default-id inserts missing from the table at the end
	 * @param otherErrors writer errors other than duplicate keys
	 * @param committed committed default-id inserts
	 */
	public record Result(int repairRuns, int repairsThatMoved, int insertsAfterFirstRepair,
			int duplicatesBeforeFirstRepair, int duplicatesAfterFirstRepair, int backwardMoves, int unreadableSamples,
			int lostRows, int otherErrors, int committed) {
	}

}
