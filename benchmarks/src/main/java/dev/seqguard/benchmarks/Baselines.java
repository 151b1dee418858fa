package dev.seqguard.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What SeqGuard is measured against. Both know every table and sequence name up front (SeqGuard looks them up in
 * the catalog) and compute drift with the same formulas (none: N &le; M; pooled: N - 49 &le; M).
 */
final class Baselines {

	private Baselines() {
	}

	/** Per table, {@code SELECT max(id)} and a read of the sequence, each its own round trip. */
	static int naive(DataSource dataSource, SeqGuardBenchmark.Schema schema, int tables) throws SQLException {
		int drifted = 0;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < tables; i++) {
				long max;
				try (ResultSet row = statement.executeQuery("select max(id) from t_" + i)) {
					row.next();
					max = row.getLong(1);
				}
				try (ResultSet row = statement
					.executeQuery("select last_value, is_called from " + SeqGuardBenchmark.Schema.sequence(i))) {
					row.next();
					drifted += isDrifted(i, row.getLong(1), row.getBoolean(2), max) ? 1 : 0;
				}
			}
		}
		return drifted;
	}

	/** Tables per floor statement: one statement over 5,000 tables exceeds PostgreSQL's max_stack_depth. */
	static final int FLOOR_TABLES_PER_STATEMENT = 1000;

	/**
	 * The cheapest statement for the same answer: one {@code UNION ALL} of every sequence read and every
	 * {@code max(id)}, one round trip (one per 1,000 tables beyond that, as one statement cannot hold 5,000).
	 */
	static int floor(DataSource dataSource, SeqGuardBenchmark.Schema schema, int tables) throws SQLException {
		Map<String, Integer> sequences = new HashMap<>();
		List<StringBuilder> statements = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			if (i % FLOOR_TABLES_PER_STATEMENT == 0) {
				statements.add(new StringBuilder());
			}
			StringBuilder sql = statements.get(statements.size() - 1);
			String sequence = SeqGuardBenchmark.Schema.sequence(i);
			if (sequences.putIfAbsent(sequence, -1 - sequences.size()) == null) {
				sql.append("select ").append(sequences.get(sequence)).append(", last_value, is_called from ")
					.append(sequence).append(" union all ");
			}
			sql.append("select ").append(i).append(", max(id), null from t_").append(i).append(" union all ");
		}
		long[] maxIds = new long[tables];
		Map<Integer, long[]> states = new HashMap<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (StringBuilder sql : statements) {
				sql.setLength(sql.length() - " union all ".length());
				try (ResultSet rows = statement.executeQuery(sql.toString())) {
					while (rows.next()) {
						int key = rows.getInt(1);
						if (key < 0) {
							states.put(key, new long[] { rows.getLong(2), rows.getBoolean(3) ? 1 : 0 });
						}
						else {
							maxIds[key] = rows.getLong(2);
						}
					}
				}
			}
		}
		int drifted = 0;
		for (int i = 0; i < tables; i++) {
			long[] state = states.get(sequences.get(SeqGuardBenchmark.Schema.sequence(i)));
			drifted += isDrifted(i, state[0], state[1] == 1, maxIds[i]) ? 1 : 0;
		}
		return drifted;
	}

	/** Per sequence, one autocommitted {@code setval(seq, (SELECT max(id) FROM t))}: fast, unlocked, unsafe. */
	static int setvalLoop(DataSource dataSource, int count) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < count; i++) {
				statement.execute("select setval('r_" + i + "_id_seq', (select max(id) from r_" + i + "))");
			}
		}
		return count;
	}

	private static boolean isDrifted(int table, long lastValue, boolean isCalled, long maxId) {
		int increment = SeqGuardBenchmark.Schema.increment(table);
		long next = isCalled ? lastValue + increment : lastValue;
		// pooled with initial value 1: the very first nextval (1) is itself the first id
		long firstId = (increment == 1 || next == 1) ? next : next - increment + 1;
		return firstId <= maxId;
	}

}
