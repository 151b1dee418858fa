package dev.seqguard.repair;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.seqguard.inspection.DatabaseErrors;
import dev.seqguard.inspection.DriftMath;
import dev.seqguard.inspection.DriftedSequence;
import dev.seqguard.inspection.DriftedSequence.SequenceTable;
import dev.seqguard.inspection.SequenceBounds;
import dev.seqguard.inspection.Setval;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Moves drifted sequences forward, one transaction per sequence, safe while other
 * instances insert and repair:
 * <ol>
 * <li>{@code READ COMMITTED} whatever the database's or the pool's default, so every read
 * after a lock wait sees what was committed meanwhile;</li>
 * <li>{@code lock_timeout} bounds every wait below; a timeout changes nothing;</li>
 * <li>{@code pg_advisory_xact_lock} keyed on the sequence: one repair per sequence at a
 * time across all instances (transaction-scoped, so safe behind PgBouncer); a second
 * instance then finds nothing left to do;</li>
 * <li>when Hibernate calls {@code nextval} on its own (SEQUENCE generators) and the role
 * owns the sequence, {@code ALTER SEQUENCE ... OWNED BY} its current owner (a no-op)
 * locks the sequence itself, which holds those calls that a table lock does not stop
 * (IDENTITY and serial columns draw inside the {@code INSERT}, which the table lock
 * already holds);</li>
 * <li>{@code LOCK TABLE ... IN SHARE ROW EXCLUSIVE MODE} on every table on the sequence:
 * waits for in-flight writers and holds new ones, so {@code max(id)} cannot move while it
 * is read;</li>
 * <li>{@code max(id)} of every table, then one statement that reads the sequence and
 * calls {@code setval} only if that moves it forward.</li>
 * </ol>
 * {@code setval} is not transactional, which is why it comes last, after every check that
 * could fail.
 * <p>
 * Lock order matters: a writer that called {@code nextval} holds a lock on the sequence
 * until it commits, and may then wait for the table. So the sequence is locked first,
 * while the repair holds nothing a writer needs, and the table lock is then only tried
 * for {@value #TABLE_LOCK_ATTEMPT_MILLIS} ms, well before PostgreSQL's deadlock check (1
 * s): when a writer and the repair wait on each other, the repair gives way, rolls back
 * and tries again until {@code seqguard.repair.lock-timeout} is spent. An application's
 * transaction is never the one aborted.
 */
public final class SequenceRepairer {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	/**
	 * How long one attempt waits for the table locks once the sequence is locked; below
	 * deadlock_timeout.
	 */
	static final long TABLE_LOCK_ATTEMPT_MILLIS = 200;

	/** Reads the sequence and moves it in one statement, only forward. */
	private static final String FORWARD_SETVAL_SQL = """
			select last_value, is_called,
			       case when (case when is_called then last_value + ? else last_value end) %s ?
			            then pg_catalog.setval(?::oid::regclass, ?, ?) end
			from %s""";

	private final Duration lockTimeout;

	private final LockedRead lockedRead;

	/**
	 * Creates a repairer.
	 * @param lockTimeout longest wait for any lock
	 * @param statementTimeout longest run of any statement
	 */
	public SequenceRepairer(Duration lockTimeout, Duration statementTimeout) {
		this.lockTimeout = lockTimeout;
		this.lockedRead = new LockedRead(statementTimeout);
	}

	/**
	 * Repairs every sequence, each in its own transaction.
	 * @param dataSource where the sequences live
	 * @param sequences the drifted sequences
	 * @return one result per sequence
	 */
	public List<RepairResult> repair(DataSource dataSource, List<DriftedSequence> sequences) {
		if (sequences.isEmpty()) {
			return List.of();
		}
		List<RepairResult> results = new ArrayList<>(sequences.size());
		try (Connection connection = dataSource.getConnection()) {
			RepairPreflight preflight = RepairPreflight.read(connection, sequences);
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				for (DriftedSequence sequence : sequences) {
					RepairResult result = repairOne(connection, preflight, sequence);
					log(result, preflight);
					results.add(result);
				}
			}
			finally {
				if (!connection.isClosed()) {
					connection.setAutoCommit(autoCommit);
				}
			}
		}
		catch (SQLException ex) {
			String reason = "repair stopped: " + DatabaseErrors.describe(ex);
			for (DriftedSequence sequence : sequences.subList(results.size(), sequences.size())) {
				RepairResult result = RepairResult.failed(sequence, reason);
				log(result, null);
				results.add(result);
			}
		}
		return results;
	}

	private RepairResult repairOne(Connection connection, RepairPreflight preflight, DriftedSequence sequence)
			throws SQLException {
		String refusal = preflight.refusal(sequence);
		if (refusal != null) {
			return RepairResult.failed(sequence, refusal);
		}
		long deadline = System.nanoTime() + this.lockTimeout.toNanos();
		while (true) {
			try {
				RepairResult result = repairLocked(connection, sequence, locksSequence(preflight, sequence),
						Duration.ofNanos(deadline - System.nanoTime()));
				connection.commit();
				if (result.outcome() == RepairResult.Outcome.REPAIRED
						|| result.outcome() == RepairResult.Outcome.ALREADY_AHEAD) {
					// this instance's check saw the drift, so its optimizer may hold ids
					// drawn before the repair,
					// whichever instance moved the sequence
					sequence.tables().forEach((table) -> table.generator().afterRepair().run());
				}
				return result;
			}
			catch (SQLException ex) {
				if (DatabaseErrors.isConnectionFailure(ex)) {
					throw ex;
				}
				connection.rollback();
				boolean timeLeft = deadline - System.nanoTime() > TimeUnit.MILLISECONDS
					.toNanos(TABLE_LOCK_ATTEMPT_MILLIS);
				if (!DatabaseErrors.LOCK_NOT_AVAILABLE.equals(ex.getSQLState()) || !locksSequence(preflight, sequence)
						|| !timeLeft) {
					return RepairResult.failed(sequence, DatabaseErrors.describe(ex));
				}
				// gave way to writers holding the table; they commit within milliseconds
				pause(ThreadLocalRandom.current().nextLong(10, 50));
			}
		}
	}

	private static void pause(long millis) throws SQLException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while waiting to retry the repair", ex);
		}
	}

	private RepairResult repairLocked(Connection connection, DriftedSequence sequence, boolean lockSequence,
			Duration lockBudget) throws SQLException {
		List<Long> extremes = this.lockedRead.lockAndReadExtremeIds(connection, sequence, lockSequence, lockBudget);
		boolean descending = sequence.descending();
		List<DriftMath.TableExtreme> tables = new ArrayList<>(extremes.size());
		for (int i = 0; i < sequence.tables().size(); i++) {
			tables.add(new DriftMath.TableExtreme(sequence.tables().get(i).generator(), extremes.get(i)));
		}
		Long required;
		try {
			required = DriftMath.requiredNextValue(tables, descending);
		}
		catch (ArithmeticException ex) {
			return new RepairResult(sequence, RepairResult.Outcome.IMPOSSIBLE, null, null, List.of(),
					"cannot be repaired: no bigint value clears the ids of "
							+ sequence.tables().stream().map(SequenceTable::name).collect(Collectors.joining(", ")));
		}
		if (required != null) {
			for (SequenceTable table : sequence.tables()) {
				String beyond = beyondLimits(table, required, descending);
				if (beyond != null) {
					return new RepairResult(sequence, RepairResult.Outcome.IMPOSSIBLE, null, null, List.of(),
							"cannot be repaired: the next value must reach " + required + " but for " + table.name()
									+ " " + beyond
									+ "; widen them (ALTER TABLE ... TYPE bigint; ALTER SEQUENCE ... AS bigint)");
				}
			}
		}
		if (required == null) {
			return new RepairResult(sequence, RepairResult.Outcome.ALREADY_AHEAD, null, null, List.of(),
					"every table on the sequence is empty now");
		}
		return setForward(connection, sequence, required, extremes);
	}

	private static boolean locksSequence(@Nullable RepairPreflight preflight, DriftedSequence sequence) {
		return preflight != null && preflight.owns(sequence) && sequence.drawnOutsideInserts()
				&& sequence.ownedBySql() != null;
	}

	private static @Nullable String beyondLimits(SequenceTable table, long required, boolean descending) {
		SequenceBounds bounds = table.bounds();
		if (descending ? required < bounds.min() : required > bounds.max()) {
			return "the sequence stops at " + (descending ? bounds.min() : bounds.max());
		}
		if (descending ? required < bounds.columnMin() : required > bounds.columnMax()) {
			return "the id column's type stops at " + (descending ? bounds.columnMin() : bounds.columnMax());
		}
		return null;
	}

	private static RepairResult setForward(Connection connection, DriftedSequence sequence, long required,
			List<Long> extremes) throws SQLException {
		Setval setval = Setval.forNextValue(required, sequence.tables().get(0).bounds());
		String sql = FORWARD_SETVAL_SQL.formatted(sequence.descending() ? ">" : "<", sequence.sequenceSql());
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, sequence.increment());
			statement.setLong(2, required);
			statement.setLong(3, sequence.oid());
			statement.setLong(4, setval.value());
			statement.setBoolean(5, setval.isCalled());
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				long nextBefore = DriftMath.nextValue(row.getLong(1), row.getBoolean(2), sequence.increment());
				row.getLong(3);
				boolean moved = !row.wasNull();
				long nextAfter = moved ? required : nextBefore;
				List<RepairResult.TableAfter> after = new ArrayList<>();
				for (int i = 0; i < sequence.tables().size(); i++) {
					SequenceTable table = sequence.tables().get(i);
					double usage = DriftMath.usage(nextAfter, extremes.get(i), table.bounds());
					after.add(new RepairResult.TableAfter(table, DriftMath.firstId(table.generator(), nextAfter), usage,
							usage >= sequence.exhaustionThreshold()));
				}
				String leftovers = LeftoverIds.describe(sequence)
					.stream()
					.map((leftover) -> "; but " + leftover)
					.collect(Collectors.joining());
				if (!moved) {
					return new RepairResult(sequence, RepairResult.Outcome.ALREADY_AHEAD, nextBefore, nextAfter, after,
							"already ahead of every table (repaired by another instance)" + leftovers);
				}
				return new RepairResult(sequence, RepairResult.Outcome.REPAIRED, nextBefore, nextAfter, after,
						"moved forward with " + setval.toSql(sequence.sequenceSql()) + " next value " + nextBefore
								+ " -> " + nextAfter + leftovers);
			}
		}
	}

	private static void log(RepairResult result, @Nullable RepairPreflight preflight) {
		DriftedSequence sequence = result.sequence();
		String tables = sequence.tables().stream().map(SequenceTable::name).collect(Collectors.joining(", "));
		switch (result.outcome()) {
			case REPAIRED -> logger.info("SeqGuard repaired sequence " + sequence.name() + " (" + tables
					+ "): next value " + result.nextBefore() + " -> " + result.nextAfter()
					+ ((sequence.drawnOutsideInserts() && !locksSequence(preflight, sequence))
							? "; Hibernate's own nextval calls were not held during the repair ("
									+ (preflight != null && preflight.owns(sequence)
											? "an identity sequence cannot be locked"
											: "the role does not own the sequence")
									+ "), the window was one statement"
							: ""));
			case ALREADY_AHEAD -> logger.info("SeqGuard found sequence " + sequence.name() + " (" + tables
					+ ") already repaired: " + result.detail());
			case FAILED, IMPOSSIBLE -> logger.warn(
					"SeqGuard could not repair sequence " + sequence.name() + " (" + tables + "): " + result.detail());
		}
		if (!result.after().isEmpty()) {
			for (String leftover : LeftoverIds.describe(sequence)) {
				logger
					.warn("SeqGuard moved sequence " + sequence.name() + " (" + tables + ") forward, but " + leftover);
			}
		}
	}

}
