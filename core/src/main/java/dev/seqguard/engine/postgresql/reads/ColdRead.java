package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.seqguard.engine.postgresql.reads.StateReader.Read;
import dev.seqguard.measurement.BranchResult;
import org.jspecify.annotations.Nullable;

/**
 * A part's read on a backend that has not read it before, in a check too large to plan as
 * one statement, and every read on a connection that keeps no plans
 * ({@code read_state.sql}): the server plans each table's {@code max(id)} on its own
 * ({@code query_to_xml}) and reads every called sequence by oid
 * ({@code pg_sequence_last_value}), tables and sequences arriving as array parameters.
 * Its text is the same for every part and every check and its plan is tiny, so a backend
 * with cold caches pays for no large plan.
 */
final class ColdRead implements PartReader.Shape {

	private static final String SQL = SqlFiles.load(ColdRead.class, "read_state.sql");

	private final List<Read> reads;

	ColdRead(List<Read> reads) {
		this.reads = reads;
	}

	@Override
	public String sql() {
		return SQL;
	}

	@Override
	public void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
		int sequences = 0;
		for (Read read : this.reads) {
			sequences += read.isSequence() ? 1 : 0;
		}
		int tables = this.reads.size() - sequences;
		Integer[] tableIndexes = new Integer[tables];
		Long[] tableOids = new Long[tables];
		Integer[] attnums = new Integer[tables];
		Boolean[] smallest = new Boolean[tables];
		Integer[] sequenceIndexes = new Integer[sequences];
		Long[] sequenceOids = new Long[sequences];
		int table = 0;
		int sequence = 0;
		for (Read read : this.reads) {
			if (read.isSequence()) {
				sequenceIndexes[sequence] = read.index();
				sequenceOids[sequence++] = read.oid();
			}
			else {
				tableIndexes[table] = read.index();
				tableOids[table] = read.oid();
				attnums[table] = read.attnum();
				smallest[table++] = read.smallest();
			}
		}
		statement.setArray(first, connection.createArrayOf("int4", tableIndexes));
		statement.setArray(first + 1, connection.createArrayOf("int8", tableOids));
		statement.setArray(first + 2, connection.createArrayOf("int4", attnums));
		statement.setArray(first + 3, connection.createArrayOf("bool", smallest));
		statement.setArray(first + 4, connection.createArrayOf("int4", sequenceIndexes));
		statement.setArray(first + 5, connection.createArrayOf("int8", sequenceOids));
	}

	@Override
	public void collect(ResultSet rows, BranchResult[] results) throws SQLException {
		while (rows.next()) {
			results[rows.getInt(1)] = result(rows.getString(2), rows.getLong(3), rows.wasNull());
		}
	}

	/**
	 * One row: a table's extreme id as {@code <v>n</v>} (no element for an empty table),
	 * a called sequence's {@code last_value}, or a sequence read from its relation as
	 * {@code <last_value>} and {@code <is_called>}.
	 */
	static BranchResult result(String xml, long lastValue, boolean lastValueIsNull) {
		if (!lastValueIsNull) {
			return new BranchResult(lastValue, true, null);
		}
		if (xml.contains("<is_called>")) {
			return new BranchResult(number(xml, "<last_value>"), xml.contains("<is_called>true<"), null);
		}
		return new BranchResult(number(xml, "<v>"), null, null);
	}

	private static @Nullable Long number(String xml, String element) {
		int start = xml.indexOf(element);
		if (start < 0) {
			return null;
		}
		start += element.length();
		return Long.parseLong(xml, start, xml.indexOf('<', start), 10);
	}

}
