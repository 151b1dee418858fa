package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import dev.seqguard.engine.postgresql.reads.StateReader.Read;
import dev.seqguard.measurement.BranchResult;

/**
 * A part's read on a backend that has read the same part before ({@link WarmBackends}),
 * and a small check's read from the first ({@link StateReader#PARALLEL_FROM}): one
 * {@code UNION ALL} of every table's {@code max(id)} (or {@code min}) and every
 * sequence's {@code last_value, is_called}, over the names the catalog quoted. Its text
 * is the same on every check of the same targets, so the server-prepared statement keeps
 * the plan its first run made and a re-check plans nothing: on a warm backend about a
 * third of {@link ColdRead}'s cost. Planning a large one is what a backend with cold
 * caches must not pay, hence never the first read of a large check; the kept plan costs
 * the backend about 10 MB of memory per 1,000 tables.
 */
final class WarmRead implements PartReader.Shape {

	private final String sql;

	WarmRead(List<Read> reads) {
		StringBuilder sql = new StringBuilder(reads.size() * 96);
		for (Read read : reads) {
			sql.append(sql.isEmpty() ? "select " : "\nunion all select ")
				.append(read.index())
				.append("::pg_catalog.int4, ");
			if (read.isSequence()) {
				sql.append("last_value, is_called from ").append(read.relationSql());
			}
			else {
				sql.append(read.smallest() ? "pg_catalog.min(" : "pg_catalog.max(")
					.append(read.columnSql())
					.append(")::pg_catalog.int8, null::pg_catalog.bool from ")
					.append(read.relationSql());
			}
		}
		this.sql = sql.toString();
	}

	@Override
	public String sql() {
		return this.sql;
	}

	@Override
	public void bind(Connection connection, PreparedStatement statement, int first) {
	}

	@Override
	public void collect(ResultSet rows, BranchResult[] results) throws SQLException {
		while (rows.next()) {
			long value = rows.getLong(2);
			Long extreme = rows.wasNull() ? null : value;
			boolean called = rows.getBoolean(3);
			results[rows.getInt(1)] = new BranchResult(extreme, rows.wasNull() ? null : called, null);
		}
	}

}
