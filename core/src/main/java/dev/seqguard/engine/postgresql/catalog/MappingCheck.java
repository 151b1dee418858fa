package dev.seqguard.engine.postgresql.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.drift.SequenceBounds;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.report.LifecycleMessages;
import dev.seqguard.report.PrintableText;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@code seqguard.sequences} entries against a database in one read-only catalog
 * statement: the sequence, the table and the column must exist, and the column must be of
 * an integer type.
 */
public final class MappingCheck {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private MappingCheck() {
	}

	/**
	 * Checks each mapping against every database that can be read: its sequence, table
	 * and integer column must exist in at least one. Databases that cannot be read are
	 * left to the check, which reports them.
	 * @param dataSources the databases, by name
	 * @param mappings the mappings
	 * @throws IllegalStateException naming each mapping that maps to nothing, and why
	 */
	public static void verify(Map<String, DataSource> dataSources, List<SequenceMapping> mappings) {
		if (mappings.isEmpty()) {
			return;
		}
		List<@Nullable String> problems = null;
		for (Map.Entry<String, DataSource> dataSource : dataSources.entrySet()) {
			try {
				List<@Nullable String> found = problems(dataSource.getValue(), mappings);
				problems = (problems != null) ? bothWrong(problems, found)
						: found.stream()
							.map((problem) -> (problem != null)
									? problem + " in datasource '" + dataSource.getKey() + "'" : null)
							.toList();
			}
			catch (SQLException ex) {
				logger.debug(LifecycleMessages.failedOnDataSource(dataSource.getKey()), ex);
			}
		}
		List<String> wrong = new ArrayList<>();
		for (int i = 0; problems != null && i < problems.size(); i++) {
			if (problems.get(i) != null) {
				wrong.add(mappings.get(i) + ": " + problems.get(i));
			}
		}
		if (!wrong.isEmpty()) {
			throw new IllegalStateException(PrintableText.of(String.join("; ", wrong)
					+ "; map each sequence to an integer column of an existing table ([schema.]table.column),"
					+ " or remove the entry"));
		}
	}

	private static List<@Nullable String> bothWrong(List<@Nullable String> first, List<@Nullable String> second) {
		List<@Nullable String> both = new ArrayList<>(first.size());
		for (int i = 0; i < first.size(); i++) {
			both.add((second.get(i) != null) ? first.get(i) : null);
		}
		return both;
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
