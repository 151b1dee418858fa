package dev.seqguard.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * What SeqGuard is measured against. Each knows every table and sequence name up front
 * (SeqGuard looks them up in the catalog) and computes drift with the same formulas
 * (none: N &le; M; pooled: N - 49 &le; M). Each statement runs in auto-commit, so no
 * transaction holds more than 1,000 tables' locks.
 */
final class Baselines {

	private Baselines() {
	}

	/**
	 * Per table, {@code SELECT max(id)} and a read of the sequence, each its own round
	 * trip.
	 */
	static int naive(DataSource dataSource, Schema schema, int tables) throws SQLException {
		int drifted = 0;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < tables; i++) {
				long max;
				try (ResultSet row = statement.executeQuery("select max(id) from t_" + i)) {
					row.next();
					max = row.getLong(1);
				}
				try (ResultSet row = statement
					.executeQuery("select last_value, is_called from " + Schema.sequence(i))) {
					row.next();
					drifted += isDrifted(i, row.getLong(1), row.getBoolean(2), max) ? 1 : 0;
				}
			}
		}
		return drifted;
	}

	/**
	 * Tables per statement: one statement over 5,000 tables exceeds max_stack_depth and
	 * the lock table.
	 */
	static final int FLOOR_TABLES_PER_STATEMENT = 1000;

	private static final String SERVER_SIDE_MAX = "select k, query_to_xml(format('select max(id) as m from %I.%I', s, t),"
			+ " false, true, '')::text from unnest(?::text[], ?::text[]) with ordinality as u (s, t, k)";

	private static final String SERVER_SIDE_SEQUENCES = "select k, v, case when v is null then query_to_xml("
			+ "format('select last_value, is_called from %I.%I', n, s), false, true, '')::text end"
			+ " from unnest(?::text[], ?::text[]) with ordinality as u (n, s, k),"
			+ " lateral (select pg_sequence_last_value(format('%I.%I', n, s)::regclass) as v) l";

	/**
	 * The server-side floor: one statement per 1,000 tables that has the server plan each
	 * {@code max(id)} alone ({@code query_to_xml} over the names), and one statement
	 * reading every sequence by {@code pg_sequence_last_value} (the few that return NULL,
	 * not yet called, from their relation).
	 */
	static int serverSide(DataSource dataSource, Schema schema, int tables) throws SQLException {
		return serverSide(dataSource, List.of(schema.name()), tables);
	}

	/**
	 * The server-side floor over the same tables in each of several schemas (tenants).
	 */
	static int serverSide(DataSource dataSource, List<String> schemas, int tablesPerSchema) throws SQLException {
		int tables = schemas.size() * tablesPerSchema;
		long[] maxIds = new long[tables];
		List<String> sequenceSchemas = new ArrayList<>();
		List<String> sequenceNames = new ArrayList<>();
		Map<String, long[]> states = new HashMap<>();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement max = connection.prepareStatement(SERVER_SIDE_MAX);
				PreparedStatement sequences = connection.prepareStatement(SERVER_SIDE_SEQUENCES)) {
			for (int from = 0; from < tables; from += FLOOR_TABLES_PER_STATEMENT) {
				int to = Math.min(tables, from + FLOOR_TABLES_PER_STATEMENT);
				String[] schemaNames = new String[to - from];
				String[] names = new String[to - from];
				for (int k = from; k < to; k++) {
					String schemaName = schemas.get(k / tablesPerSchema);
					int i = k % tablesPerSchema;
					schemaNames[k - from] = schemaName;
					names[k - from] = "t_" + i;
					String sequence = schemaName + "." + Schema.sequence(i);
					if (!states.containsKey(sequence)) {
						states.put(sequence, null);
						sequenceSchemas.add(schemaName);
						sequenceNames.add(Schema.sequence(i));
					}
				}
				max.setArray(1, connection.createArrayOf("text", schemaNames));
				max.setArray(2, connection.createArrayOf("text", names));
				try (ResultSet rows = max.executeQuery()) {
					while (rows.next()) {
						maxIds[from + rows.getInt(1) - 1] = xmlNumber(rows.getString(2), "<m>");
					}
				}
			}
			sequences.setArray(1, connection.createArrayOf("text", sequenceSchemas.toArray()));
			sequences.setArray(2, connection.createArrayOf("text", sequenceNames.toArray()));
			try (ResultSet rows = sequences.executeQuery()) {
				while (rows.next()) {
					int index = rows.getInt(1) - 1;
					long value = rows.getLong(2);
					String xml = rows.getString(3);
					states.put(sequenceSchemas.get(index) + "." + sequenceNames.get(index), (xml == null)
							? new long[] { value, 1 }
							: new long[] { xmlNumber(xml, "<last_value>"), xml.contains("<is_called>true") ? 1 : 0 });
				}
			}
		}
		int drifted = 0;
		for (int k = 0; k < tables; k++) {
			int i = k % tablesPerSchema;
			long[] state = states.get(schemas.get(k / tablesPerSchema) + "." + Schema.sequence(i));
			drifted += isDrifted(i, state[0], state[1] == 1, maxIds[k]) ? 1 : 0;
		}
		return drifted;
	}

	private static long xmlNumber(String xml, String element) {
		int start = xml.indexOf(element);
		return (start < 0) ? 0
				: Long.parseLong(xml, start + element.length(), xml.indexOf('<', start + element.length()), 10);
	}

	/**
	 * The shape SeqGuard used before: one {@code UNION ALL} of every sequence read and
	 * every {@code max(id)} per 1,000 tables, planned as one statement.
	 */
	static int unionAll(DataSource dataSource, Schema schema, int tables) throws SQLException {
		Map<String, Integer> sequences = new HashMap<>();
		List<StringBuilder> statements = new ArrayList<>();
		for (int i = 0; i < tables; i++) {
			if (i % FLOOR_TABLES_PER_STATEMENT == 0) {
				statements.add(new StringBuilder());
			}
			StringBuilder sql = statements.get(statements.size() - 1);
			String sequence = Schema.sequence(i);
			if (sequences.putIfAbsent(sequence, -1 - sequences.size()) == null) {
				sql.append("select ")
					.append(sequences.get(sequence))
					.append(", last_value, is_called from ")
					.append(sequence)
					.append(" union all ");
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
			long[] state = states.get(sequences.get(Schema.sequence(i)));
			drifted += isDrifted(i, state[0], state[1] == 1, maxIds[i]) ? 1 : 0;
		}
		return drifted;
	}

	/**
	 * Per sequence, one autocommitted {@code setval(seq, (SELECT max(id) FROM t))}: fast,
	 * unlocked, unsafe.
	 */
	static int setvalLoop(DataSource dataSource, int count) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < count; i++) {
				statement.execute("select setval('r_" + i + "_id_seq', (select max(id) from r_" + i + "))");
			}
		}
		return count;
	}

	private static boolean isDrifted(int table, long lastValue, boolean isCalled, long maxId) {
		int increment = Schema.increment(table);
		long next = isCalled ? lastValue + increment : lastValue;
		// pooled with initial value 1: the very first nextval (1) is itself the first id
		long firstId = (increment == 1 || next == 1) ? next : next - increment + 1;
		return firstId <= maxId;
	}

}
