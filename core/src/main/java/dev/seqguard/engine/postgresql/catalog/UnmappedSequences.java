package dev.seqguard.engine.postgresql.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.seqguard.discovery.Target;
import dev.seqguard.engine.postgresql.reads.SqlFiles;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.settings.TableFilter;
import org.jspecify.annotations.Nullable;

/**
 * Lists what a check does not guard: every sequence in the checked schemas that no target
 * draws from ({@code unmapped_sequences.sql}). Its statement travels in the catalog
 * query's round trip ({@link TargetResolver}), before the targets are resolved, so it
 * reads the sequences of every schema a target's table may be in; what the resolved
 * targets tell is applied to its rows. A sequence that belongs to a table the filter
 * leaves out is not listed: leaving it out was asked for. Only a filter with patterns
 * needs each sequence's tables ({@code unmapped_sequences_and_tables.sql}), so only then
 * are they read. A re-check within {@link KnownSequences#REREAD_AFTER} of the read uses
 * the sequences it found and sends no statement.
 */
public final class UnmappedSequences {

	private static final String SEQUENCES_SQL = SqlFiles.load(UnmappedSequences.class, "unmapped_sequences.sql");

	private static final String SEQUENCES_AND_TABLES_SQL = SqlFiles.load(UnmappedSequences.class,
			"unmapped_sequences_and_tables.sql");

	private final Set<String> schemas = new TreeSet<>();

	private final boolean searchPath;

	private final Set<String> scopeSchemas;

	private final TableFilter filter;

	private final boolean withTables;

	private final KnownSequences known;

	private final DataSource dataSource;

	/**
	 * The sequences, in order; {@code null} until read or taken from an earlier check.
	 */
	private @Nullable List<Candidate> candidates;

	/**
	 * Prepares the list for the targets of one check.
	 * @param targets every target the catalog query resolves
	 * @param scopeSchemas the tenant and catalog schemas of the check
	 * @param filter which tables are checked
	 * @param known the sequences earlier checks read
	 * @param dataSource the datasource checked
	 */
	public UnmappedSequences(List<Target> targets, Set<String> scopeSchemas, TableFilter filter, KnownSequences known,
			DataSource dataSource) {
		this.known = known;
		this.dataSource = dataSource;
		this.scopeSchemas = Set.copyOf(scopeSchemas);
		this.filter = filter;
		this.withTables = !filter.acceptsEveryTable();
		this.schemas.addAll(scopeSchemas);
		boolean unqualified = false;
		for (Target target : targets) {
			String schema = target.table().schema();
			if (schema != null) {
				this.schemas.add(schema);
			}
			unqualified = unqualified || schema == null;
		}
		this.searchPath = unqualified;
		this.candidates = known.fresh(dataSource, key());
	}

	/**
	 * Whether the statement must be sent: no check read these schemas' sequences lately.
	 * @return {@code true} when {@link #sql()} is to be sent and {@link #read} called
	 */
	boolean needsRead() {
		return this.candidates == null;
	}

	private String key() {
		return this.withTables + " " + this.searchPath + " " + this.schemas;
	}

	/**
	 * Returns the statement, sent after the catalog query.
	 * @return the SQL text
	 */
	String sql() {
		return this.withTables ? SEQUENCES_AND_TABLES_SQL : SEQUENCES_SQL;
	}

	/**
	 * Binds the statement's parameters.
	 * @param connection the connection the statement runs on
	 * @param statement the statement holding {@link #sql()}
	 * @param first the index of its first parameter
	 * @throws SQLException when a parameter cannot be set
	 */
	void bind(Connection connection, PreparedStatement statement, int first) throws SQLException {
		statement.setArray(first, connection.createArrayOf("text", this.schemas.toArray()));
		statement.setBoolean(first + 1, this.searchPath);
	}

	/**
	 * Keeps the statement's rows.
	 * @param rows the rows of {@link #sql()}
	 * @return the sequences, in order
	 * @throws SQLException when a row cannot be read
	 */
	List<Candidate> read(ResultSet rows) throws SQLException {
		List<Candidate> candidates = new ArrayList<>();
		while (rows.next()) {
			candidates.add(Candidate.of(rows.getLong(1), rows.getString(2), rows.getString(3),
					this.withTables ? List.of((String[]) rows.getArray(4).getArray()) : List.of(),
					this.withTables ? List.of((String[]) rows.getArray(5).getArray()) : List.of()));
		}
		// sorted once here, so that each check keeps them in order
		Collections.sort(candidates);
		List<Candidate> read = List.copyOf(candidates);
		this.candidates = read;
		this.known.remember(this.dataSource, key(), read);
		return read;
	}

	/**
	 * Lists the sequences no target uses. When helpers resolved every slice of the
	 * targets and the check's own connection none, the statement is sent here, on its
	 * own.
	 * @param connection a connection inside the check's transaction
	 * @param resolved every target of the check, measured or not
	 * @return the sequences as {@code schema.name}, in order
	 * @throws SQLException when the catalog cannot be read
	 */
	public List<String> list(Connection connection, List<ResolvedTarget> resolved) throws SQLException {
		List<Candidate> candidates = this.candidates;
		if (candidates == null) {
			try (PreparedStatement statement = connection.prepareStatement(sql())) {
				bind(connection, statement, 1);
				try (ResultSet rows = statement.executeQuery()) {
					candidates = read(rows);
				}
			}
		}
		Set<String> checkedSchemas = new HashSet<>(this.scopeSchemas);
		Set<Long> used = new HashSet<>();
		for (ResolvedTarget target : resolved) {
			ResolvedTarget.Table table = target.table();
			if (table != null && this.filter.rejectionReason(table.schema(), table.name()) == null) {
				checkedSchemas.add(table.schema());
			}
			ResolvedTarget.Sequence sequence = target.sequence();
			if (sequence != null) {
				used.add(sequence.oid());
			}
		}
		List<String> unmapped = new ArrayList<>();
		for (Candidate candidate : candidates) {
			if (checkedSchemas.contains(candidate.schema()) && !used.contains(candidate.oid())
					&& !ofExcludedTable(candidate, this.filter)) {
				unmapped.add(candidate.qualifiedName());
			}
		}
		return unmapped;
	}

	private static boolean ofExcludedTable(Candidate candidate, TableFilter filter) {
		for (int i = 0; i < candidate.tableSchemas().size(); i++) {
			if (filter.rejectionReason(candidate.tableSchemas().get(i), candidate.tableNames().get(i)) != null) {
				return true;
			}
		}
		return false;
	}

	/** A sequence of a schema a target's table may be in, and the tables that use it. */
	record Candidate(long oid, String schema, String qualifiedName, List<String> tableSchemas,
			List<String> tableNames) implements Comparable<Candidate> {

		static Candidate of(long oid, String schema, String name, List<String> tableSchemas, List<String> tableNames) {
			return new Candidate(oid, schema, schema + "." + name, tableSchemas, tableNames);
		}

		/** By qualified name. */
		@Override
		public int compareTo(Candidate other) {
			return this.qualifiedName.compareTo(other.qualifiedName);
		}

	}

}
