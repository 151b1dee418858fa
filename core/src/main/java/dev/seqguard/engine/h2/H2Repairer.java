package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.repair.ForwardMove;
import dev.seqguard.repair.RepairLimits;
import dev.seqguard.repair.RepairLog;
import dev.seqguard.repair.RepairResult;
import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * Moves drifted H2 sequences and identity columns forward with {@code RESTART WITH},
 * after reading every table's extreme id and the value the next draw returns, and only
 * when that moves it forward.
 * <p>
 * What H2 2.x gives (measured on 2.3.232 and 2.4.240): {@code RESTART WITH} neither
 * commits nor waits for a lock, so it runs inside a test-managed transaction and leaves
 * the test's rows to its rollback, and it is not undone by that rollback. H2 has no
 * {@code LOCK TABLE} and no lock that holds inserts: between the read and the restart an
 * insert with an explicit id is not seen. A test suite rarely inserts while its context
 * starts, which is where the repair runs.
 */
public final class H2Repairer {

	/** Why Hibernate's own draws were not held: the repair's log says so. */
	private static final String UNHELD_BECAUSE = "H2 has no lock that holds them";

	private final Switches switches;

	/**
	 * Creates a repairer.
	 * @param switches the front end's settings a failed repair's reason may point to
	 */
	public H2Repairer(Switches switches) {
		this.switches = switches;
	}

	/**
	 * Repairs every sequence, on one connection.
	 * @param dataSource where the sequences live
	 * @param sequences the drifted sequences
	 * @return one result per sequence
	 */
	public List<RepairResult> repair(DataSource dataSource, List<DriftedSequence> sequences) {
		List<RepairResult> results = new ArrayList<>(sequences.size());
		try (Connection connection = dataSource.getConnection()) {
			for (DriftedSequence sequence : sequences) {
				RepairResult result = repairOne(connection, sequence);
				RepairLog.log(result, UNHELD_BECAUSE);
				results.add(result);
			}
		}
		catch (SQLException ex) {
			String reason = "repair stopped: " + DatabaseErrors.describe(ex, this.switches);
			for (DriftedSequence sequence : sequences.subList(results.size(), sequences.size())) {
				RepairResult result = RepairResult.failed(sequence, reason);
				RepairLog.log(result, UNHELD_BECAUSE);
				results.add(result);
			}
		}
		return results;
	}

	private RepairResult repairOne(Connection connection, DriftedSequence sequence) throws SQLException {
		try {
			RepairResult result = move(connection, sequence);
			if (result.outcome() == RepairResult.Outcome.REPAIRED
					|| result.outcome() == RepairResult.Outcome.ALREADY_AHEAD) {
				// Hibernate's optimizers may hold ids drawn before the move
				sequence.tables().forEach((table) -> table.generator().afterRepair().run());
			}
			return result;
		}
		catch (SQLException ex) {
			if (connection.isClosed()) {
				throw ex;
			}
			return RepairResult.failed(sequence, DatabaseErrors.describe(ex, this.switches));
		}
	}

	private static RepairResult move(Connection connection, DriftedSequence sequence) throws SQLException {
		boolean descending = sequence.descending();
		List<Long> extremes = new ArrayList<>(sequence.tables().size());
		List<DriftMath.TableExtreme> tables = new ArrayList<>(sequence.tables().size());
		for (SequenceTable table : sequence.tables()) {
			Long extreme = extremeId(connection, table, descending);
			extremes.add(extreme);
			tables.add(new DriftMath.TableExtreme(table.generator(), extreme));
		}
		Long required;
		try {
			required = DriftMath.requiredNextValue(tables, descending);
		}
		catch (ArithmeticException ex) {
			return new RepairResult(sequence, RepairResult.Outcome.IMPOSSIBLE, null, null, List.of(),
					"cannot be repaired: no bigint value clears the ids on " + sequence.sequenceSql());
		}
		if (required == null) {
			return new RepairResult(sequence, RepairResult.Outcome.ALREADY_AHEAD, null, null, List.of(),
					"every table on the sequence is empty now");
		}
		for (SequenceTable table : sequence.tables()) {
			String beyond = RepairLimits.beyond(table, required);
			if (beyond != null) {
				return new RepairResult(sequence, RepairResult.Outcome.IMPOSSIBLE, null, null, List.of(),
						"cannot be repaired: the next value must reach " + required + " but for " + table.name() + " "
								+ beyond + "; widen the column and the sequence");
			}
		}
		SequenceTable first = sequence.tables().get(0);
		long nextBefore = H2Restart.nextValue(connection, sequence.sequenceSql(), first.tableSql(), first.columnSql());
		if (descending ? nextBefore <= required : nextBefore >= required) {
			return new RepairResult(sequence, RepairResult.Outcome.ALREADY_AHEAD, nextBefore, nextBefore,
					ForwardMove.tablesAfter(sequence, nextBefore, extremes),
					"already ahead of every table" + ForwardMove.leftovers(sequence));
		}
		String restart = H2Restart.statement(sequence.sequenceSql(), first.tableSql(), first.columnSql(), required);
		try (Statement statement = connection.createStatement()) {
			statement.execute(restart);
		}
		return new RepairResult(sequence, RepairResult.Outcome.REPAIRED, nextBefore, required,
				ForwardMove.tablesAfter(sequence, required, extremes), "moved forward with " + restart + "; next value "
						+ nextBefore + " -> " + required + ForwardMove.leftovers(sequence));
	}

	private static @Nullable Long extremeId(Connection connection, SequenceTable table, boolean smallest)
			throws SQLException {
		// names come quoted from the catalog
		String sql = "select " + (smallest ? "min" : "max") + "(" + table.columnSql() + ") from " + table.tableSql();
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
			row.next();
			long value = row.getLong(1);
			return row.wasNull() ? null : value;
		}
	}

}
