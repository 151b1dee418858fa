package dev.seqguard.engine.postgresql.repair;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.repair.RepairLimits;
import dev.seqguard.repair.RepairLog;
import dev.seqguard.repair.RepairResult;
import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * Moves drifted sequences forward, one transaction per sequence, safe while other
 * instances insert and repair ({@code docs/repair-protocol.md}): READ COMMITTED, bounded
 * lock waits, an advisory lock per sequence across instances, the sequence's own lock
 * where the role owns it, then the tables' ({@link LockedRead}), and one statement
 * ({@link ForwardSetval}) that calls {@code setval} only if that moves the sequence
 * forward, last, since it is not transactional.
 * <p>
 * Lock order matters: a writer that called {@code nextval} holds the sequence until it
 * commits and may then wait for the table, so the table lock is only tried for
 * {@value #TABLE_LOCK_ATTEMPT_MILLIS} ms at a time, below PostgreSQL's deadlock check:
 * the repair gives way and retries until {@code seqguard.repair.lock-timeout} is spent.
 * An application's transaction is never the one aborted.
 */
public final class SequenceRepairer {

	/**
	 * How long one attempt waits for the table locks once the sequence is locked; below
	 * deadlock_timeout.
	 */
	static final long TABLE_LOCK_ATTEMPT_MILLIS = 200;

	private final Duration lockTimeout;

	private final LockedRead lockedRead;

	private final Switches switches;

	/**
	 * Creates a repairer whose messages name no front end's switch.
	 * @param lockTimeout longest wait for any lock
	 * @param statementTimeout longest run of any statement
	 */
	public SequenceRepairer(Duration lockTimeout, Duration statementTimeout) {
		this(lockTimeout, statementTimeout, Switches.NONE);
	}

	/**
	 * Creates a repairer.
	 * @param lockTimeout longest wait for any lock
	 * @param statementTimeout longest run of any statement
	 * @param switches the front end's settings a failed repair's reason may point to
	 */
	public SequenceRepairer(Duration lockTimeout, Duration statementTimeout, Switches switches) {
		this.lockTimeout = lockTimeout;
		this.lockedRead = new LockedRead(statementTimeout);
		this.switches = switches;
	}

	/**
	 * Repairs every sequence, each in its own transaction. A connection that breaks costs
	 * the sequence it was repairing; the others go on, on a fresh connection, in the same
	 * pass.
	 * @param dataSource where the sequences live
	 * @param sequences the drifted sequences
	 * @return one result per sequence
	 */
	public List<RepairResult> repair(DataSource dataSource, List<DriftedSequence> sequences) {
		List<RepairResult> results = new ArrayList<>(sequences.size());
		@Nullable RepairPreflight preflight = null;
		while (results.size() < sequences.size()) {
			try (Connection connection = dataSource.getConnection()) {
				if (preflight == null) {
					preflight = RepairPreflight.read(connection, sequences, this.switches);
				}
				repairOn(connection, preflight, sequences, results);
			}
			catch (SQLException ex) {
				// no connection, or none that could read the privileges: the rest waits
				// for
				// the next re-check
				String reason = "repair stopped: " + DatabaseErrors.describe(ex, this.switches);
				for (DriftedSequence sequence : sequences.subList(results.size(), sequences.size())) {
					record(results, RepairResult.failed(sequence, reason), false, false);
				}
			}
		}
		return results;
	}

	/**
	 * Repairs the sequences not repaired yet, in order, until done or until the
	 * connection breaks.
	 */
	private void repairOn(Connection connection, RepairPreflight preflight, List<DriftedSequence> sequences,
			List<RepairResult> results) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		while (results.size() < sequences.size()) {
			DriftedSequence sequence = sequences.get(results.size());
			try {
				record(results, repairOne(connection, preflight, sequence), locksSequence(preflight, sequence),
						preflight.owns(sequence));
			}
			catch (SQLException ex) {
				// a pool resets the connection's auto-commit as it takes it back
				record(results, RepairResult.failed(sequence,
						"the connection broke during the repair: " + DatabaseErrors.describe(ex, this.switches)), false,
						false);
				return;
			}
		}
		connection.setAutoCommit(autoCommit);
	}

	private static void record(List<RepairResult> results, RepairResult result, boolean sequenceLocked, boolean owned) {
		RepairLog.log(result, sequenceLocked, owned);
		results.add(result);
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
				RepairResult result = repairLocked(connection, sequence, restatedOwnedBy(preflight, sequence),
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
					return RepairResult.failed(sequence, DatabaseErrors.describe(ex, this.switches));
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

	private RepairResult repairLocked(Connection connection, DriftedSequence sequence, @Nullable String restatedOwnedBy,
			Duration lockBudget) throws SQLException {
		List<Long> extremes = this.lockedRead.lockAndReadExtremeIds(connection, sequence, restatedOwnedBy, lockBudget);
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
				String beyond = RepairLimits.beyond(table, required);
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
		return ForwardSetval.set(connection, sequence, required, extremes);
	}

	private static boolean locksSequence(@Nullable RepairPreflight preflight, DriftedSequence sequence) {
		return restatedOwnedBy(preflight, sequence) != null;
	}

	/**
	 * The {@code OWNED BY} the repair restates to lock the sequence, {@code null} when it
	 * does not lock it: only a sequence drawn outside inserts, that the role owns, and
	 * that is not an identity sequence.
	 */
	private static @Nullable String restatedOwnedBy(@Nullable RepairPreflight preflight, DriftedSequence sequence) {
		return (preflight != null && preflight.owns(sequence) && sequence.drawnOutsideInserts())
				? preflight.ownedBySql(sequence) : null;
	}

}
