package dev.seqguard.engine.postgresql.repair;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.repair.ForwardMove;
import dev.seqguard.repair.RepairResult;

/**
 * The move itself on PostgreSQL, under the locks a repair holds: one statement reads the
 * sequence and calls {@code setval} only if that moves it forward.
 */
final class ForwardSetval {

	/** Reads the sequence and moves it in one statement, only forward. */
	private static final String FORWARD_SETVAL_SQL = """
			select last_value, is_called,
			       case when (case when is_called then last_value + ? else last_value end) %s ?
			            then pg_catalog.setval(?::oid::regclass, ?, ?) end
			from %s""";

	private ForwardSetval() {
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
				List<RepairResult.TableAfter> after = ForwardMove.tablesAfter(sequence, nextAfter, extremes);
				String leftovers = ForwardMove.leftovers(sequence);
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

}
