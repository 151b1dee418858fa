package dev.seqguard.engine.postgresql.repair;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.engine.postgresql.reads.Results;
import org.jspecify.annotations.Nullable;

/**
 * The first round trip of a repair's transaction: READ COMMITTED, the timeouts, the
 * advisory lock that serialises repairs of one sequence across instances, the sequence's
 * own lock where it can be had, the tables' SHARE ROW EXCLUSIVE lock, then every table's
 * extreme id. Every value in the text is a number or a catalog-quoted name.
 */
final class LockedRead {

	/**
	 * High 32 bits of SeqGuard's advisory lock keys; the low 32 bits are the sequence's
	 * oid.
	 */
	private static final long ADVISORY_LOCK_NAMESPACE = 0x53657147L << 32;

	private final Duration statementTimeout;

	LockedRead(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	/**
	 * Takes the locks, then reads every table's extreme id, in one round trip: every
	 * value in the statements is a number or a catalog-quoted name.
	 * @return the extreme id of each table, in the order of
	 * {@link DriftedSequence#tables()}; {@code null} for an empty table
	 */
	List<Long> lockAndReadExtremeIds(Connection connection, DriftedSequence sequence, @Nullable String restatedOwnedBy,
			Duration lockBudget) throws SQLException {
		String aggregate = sequence.descending() ? "pg_catalog.min" : "pg_catalog.max";
		List<SequenceTable> tables = sequence.tables();
		StringBuilder sql = new StringBuilder(lockSql(sequence, restatedOwnedBy, lockBudget));
		for (int i = 0; i < tables.size(); i++) {
			SequenceTable table = tables.get(i);
			sql.append((i > 0) ? "\nunion all\n" : "")
				.append("select ")
				.append(i)
				.append(", ")
				.append(aggregate)
				.append('(')
				.append(table.columnSql())
				.append(")::int8 from ")
				.append(table.tableSql());
		}
		List<Long> extremes = new ArrayList<>(Collections.nCopies(tables.size(), null));
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql.toString());
			ResultSet rows = Results.last(statement);
			while (rows.next()) {
				long value = rows.getLong(2);
				extremes.set(rows.getInt(1), rows.wasNull() ? null : value);
			}
		}
		return extremes;
	}

	private String lockSql(DriftedSequence sequence, @Nullable String restatedOwnedBy, Duration lockBudget) {
		long budgetMillis = Math.max(1, lockBudget.toMillis());
		// READ COMMITTED whatever the default: under REPEATABLE READ the snapshot taken
		// by the first select below
		// would hide the ids a writer commits while LOCK TABLE waits for it, and the
		// repair would set the sequence
		// below them. SET TRANSACTION lasts for this transaction only, so a pooled
		// connection keeps its own level.
		// One select: its target list is evaluated in order, so both timeouts bind the
		// advisory lock's wait
		StringBuilder sql = new StringBuilder("set transaction isolation level read committed;\n")
			.append("select pg_catalog.set_config('lock_timeout', '")
			.append(budgetMillis)
			.append("ms', true), pg_catalog.set_config('statement_timeout', '")
			.append(this.statementTimeout.toMillis())
			.append("ms', true), pg_catalog.pg_advisory_xact_lock(")
			.append(ADVISORY_LOCK_NAMESPACE | sequence.oid())
			.append(");\n");
		if (restatedOwnedBy != null) {
			// restating OWNED BY takes the sequence's own lock, which nextval and setval
			// of others wait for; unlike
			// any other option it does not rewrite the sequence (a rewrite reads as empty
			// to concurrent SELECTs)
			sql.append("alter sequence ")
				.append(sequence.sequenceSql())
				.append(" owned by ")
				.append(restatedOwnedBy)
				.append(";\n")
				.append(setLockTimeout(Math.min(budgetMillis, SequenceRepairer.TABLE_LOCK_ATTEMPT_MILLIS)));
		}
		return sql.append("lock table only ")
			.append(sequence.tables()
				.stream()
				.map(SequenceTable::tableSql)
				.distinct()
				.sorted()
				.collect(Collectors.joining(", ")))
			.append(" in share row exclusive mode;\n")
			.toString();
	}

	private static String setLockTimeout(long millis) {
		return "select pg_catalog.set_config('lock_timeout', '" + millis + "ms', true);\n";
	}

}
