package dev.seqguard.engine.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.seqguard.measurement.BranchResult;
import dev.seqguard.measurement.StateReads;
import org.jspecify.annotations.Nullable;

/**
 * Reads H2's sequence states and extreme ids, one short statement each, on the check's
 * own connection: H2 runs in the application's process, so a round trip costs no network,
 * and an {@code @Sql} fixture's rows are visible only on the test transaction's
 * connection.
 * <p>
 * H2 2.x keeps the value the next draw returns: {@code INFORMATION_SCHEMA.SEQUENCES
 * .BASE_VALUE} for a sequence, {@code COLUMNS.IDENTITY_BASE} for an identity column
 * (2.3.232 and 2.4.240 alike); {@code CACHE} does not change them. So a state reads as
 * PostgreSQL's {@code last_value} with {@code is_called} false.
 */
final class H2StateReads implements StateReads {

	private static final String SEQUENCE_STATE_SQL = "select base_value from information_schema.sequences"
			+ " where sequence_schema = ? and sequence_name = ?";

	private static final String IDENTITY_STATE_SQL = "select identity_base from information_schema.columns"
			+ " where table_schema = ? and table_name = ? and column_name = ?";

	private final Map<Long, SequenceLocation> sequenceLocations;

	private final int timeoutSeconds;

	private final List<Read> reads = new ArrayList<>();

	/**
	 * Creates the reads of one check.
	 * @param sequenceLocations where each sequence's state is, by number
	 * @param statementTimeout the longest run of each statement
	 */
	H2StateReads(Map<Long, SequenceLocation> sequenceLocations, Duration statementTimeout) {
		this.sequenceLocations = sequenceLocations;
		// JDBC counts whole seconds; 0 is no limit
		this.timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, (statementTimeout.toMillis() + 999) / 1000);
	}

	@Override
	public int addSequence(long sequenceOid, String sequenceSql) {
		SequenceLocation location = this.sequenceLocations.get(sequenceOid);
		if (location == null) {
			throw new IllegalArgumentException("No H2 sequence numbered " + sequenceOid + " in this check");
		}
		return add((location.column() != null) ? IDENTITY_STATE_SQL : SEQUENCE_STATE_SQL, location.parameters());
	}

	@Override
	public int addExtremeId(long tableOid, String tableSql, String columnSql, int attnum, boolean smallest) {
		// names come quoted from the catalog
		return add("select " + (smallest ? "min" : "max") + "(" + columnSql + ") from " + tableSql, List.of());
	}

	private int add(String sql, List<String> parameters) {
		this.reads.add(new Read(sql, parameters));
		return this.reads.size() - 1;
	}

	@Override
	public List<BranchResult> read(Connection connection, DataSource dataSource) throws SQLException {
		List<BranchResult> results = new ArrayList<>(this.reads.size());
		for (Read read : this.reads) {
			results.add(read(connection, read));
		}
		return results;
	}

	private BranchResult read(Connection connection, Read read) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(read.sql())) {
			statement.setQueryTimeout(this.timeoutSeconds);
			for (int i = 0; i < read.parameters().size(); i++) {
				statement.setString(i + 1, read.parameters().get(i));
			}
			try (ResultSet row = statement.executeQuery()) {
				if (!row.next()) {
					// dropped since the catalog was read
					return new BranchResult(null, null, null);
				}
				long value = row.getLong(1);
				Long readValue = row.wasNull() ? null : value;
				return new BranchResult(readValue, read.parameters().isEmpty() ? null : Boolean.FALSE, null);
			}
		}
		catch (SQLException ex) {
			if (connection.isClosed()) {
				throw ex;
			}
			return BranchResult.failed(ex);
		}
	}

	/**
	 * Where an H2 sequence's state is read.
	 *
	 * @param schema the sequence's schema, or the identity column's table's
	 * @param name the sequence's name, or the identity column's table's
	 * @param column the identity column, {@code null} for a sequence
	 */
	record SequenceLocation(String schema, String name, @Nullable String column) {

		List<String> parameters() {
			return (this.column != null) ? List.of(this.schema, this.name, this.column)
					: List.of(this.schema, this.name);
		}

	}

	/** One statement and its parameters. */
	private record Read(String sql, List<String> parameters) {
	}

}
