package dev.seqguard.repair;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.seqguard.inspection.DriftMath;
import dev.seqguard.inspection.DriftedSequence;
import dev.seqguard.inspection.DriftedSequence.SequenceTable;
import dev.seqguard.inspection.Setval;

/**
 * The move itself, under the locks a repair holds: one statement reads the sequence and
 * calls {@code setval} only if that moves it forward, then what the sequence means for
 * each of its tables is worked out from the new next value.
 */
final class ForwardMove {

	/** Reads the sequence and moves it in one statement, only forward. */
	private static final String FORWARD_SETVAL_SQL = """
			select last_value, is_called,
			       case when (case when is_called then last_value + ? else last_value end) %s ?
			            then pg_catalog.setval(?::oid::regclass, ?, ?) end
			from %s""";

	private ForwardMove() {
	}

	/**
	 * Moves the sequence so that {@code nextval} returns {@code required}, unless it is
	 * already there or beyond.
	 * @param connection the repair's connection, holding the locks
	 * @param sequence the sequence
	 * @param required the value the next {@code nextval} must return
	 * @param extremes the furthest id of each table on the sequence, in its order
	 * @return what was done
	 * @throws SQLException when the statement fails
	 */
	static RepairResult set(Connection connection, DriftedSequence sequence, long required, List<Long> extremes)
			throws SQLException {
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
				List<RepairResult.TableAfter> after = tablesAfter(sequence, nextAfter, extremes);
				String leftovers = leftovers(sequence);
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

	/**
	 * Works out what a moved sequence means for each of its tables.
	 * @param sequence the sequence
	 * @param nextAfter its next value now
	 * @param extremes the furthest id of each table on the sequence, in its order
	 * @return one entry per table
	 */
	static List<RepairResult.TableAfter> tablesAfter(DriftedSequence sequence, long nextAfter, List<Long> extremes) {
		List<RepairResult.TableAfter> after = new ArrayList<>();
		for (int i = 0; i < sequence.tables().size(); i++) {
			SequenceTable table = sequence.tables().get(i);
			double usage = DriftMath.usage(nextAfter, extremes.get(i), table.bounds());
			after.add(new RepairResult.TableAfter(table, nextAfter, DriftMath.firstId(table.generator(), nextAfter),
					usage, usage >= sequence.exhaustionThreshold()));
		}
		return after;
	}

	/**
	 * Says where ids drawn before the move survive it ({@link LeftoverIds}).
	 * @param sequence the moved sequence
	 * @return {@code "; but ..."} per cause, empty when none
	 */
	static String leftovers(DriftedSequence sequence) {
		return LeftoverIds.describe(sequence)
			.stream()
			.map((leftover) -> "; but " + leftover)
			.collect(Collectors.joining());
	}

}
