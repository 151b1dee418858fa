package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.discovery.SequenceMapping;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@code seqguard.sequences} entries against a database in one read-only catalog
 * statement: the sequence, the table and the column must exist, and the column must be of
 * an integer type.
 */
public final class MappingCheck {

	private MappingCheck() {
	}

	/**
	 * Returns what is wrong with each mapping in one database.
	 * @param dataSource the database
	 * @param mappings the mappings
	 * @return one entry per mapping, in order: what is wrong, {@code null} when nothing
	 * @throws SQLException when the database cannot be read
	 */
	public static List<@Nullable String> problems(DataSource dataSource, List<SequenceMapping> mappings)
			throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				List<ResolvedTarget> resolved = TargetResolver.resolve(connection,
						mappings.stream().map(SequenceMapping::target).toList(), null);
				List<@Nullable String> problems = new ArrayList<>(resolved.size());
				for (int i = 0; i < resolved.size(); i++) {
					problems.add(problem(resolved.get(i), mappings.get(i)));
				}
				return problems;
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private static @Nullable String problem(ResolvedTarget target, SequenceMapping mapping) {
		ResolvedTarget.Sequence sequence = target.sequence();
		if (sequence == null) {
			return "sequence " + mapping.sequence() + " does not exist";
		}
		if (sequence.settings() == null) {
			return sequence.sql() + " is not a sequence";
		}
		ResolvedTarget.Table table = target.table();
		if (table == null) {
			return "table " + mapping.table() + " does not exist";
		}
		ResolvedTarget.Column column = target.column();
		if (column == null) {
			return "column " + target.columnSql() + " does not exist in " + table.sql();
		}
		if (SequenceBounds.columnRange(column.type()) == null) {
			return "column " + target.columnSql() + " of " + table.sql() + " is " + column.type()
					+ ", not an integer type";
		}
		return null;
	}

}
