package dev.seqguard.engine.postgresql.repair;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.seqguard.drift.DriftedSequence;
import dev.seqguard.drift.DriftedSequence.SequenceTable;
import dev.seqguard.errors.DatabaseErrors;
import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * What the repairing session may do, read once per repair run on the repair's own
 * connection: the role there may be another than the check's
 * ({@code seqguard.repair.username}), so the check's view of privileges does not count.
 * Two statements for all the sequences and tables of the run.
 */
final class RepairPreflight {

	private static final String SESSION_SQL = "select pg_catalog.pg_is_in_recovery(), "
			+ "pg_catalog.current_setting('default_transaction_read_only') = 'on', "
			+ "pg_catalog.quote_ident(current_user)";

	/**
	 * Per sequence: whether the role may move it and owns it, and its {@code OWNED BY} as
	 * SQL ({@code schema.table.column}, or {@code none}; {@code null} for an identity
	 * sequence, whose {@code OWNED BY} cannot be restated).
	 */
	private static final String SEQUENCES_SQL = """
			select s.oid::int8, pg_catalog.has_sequence_privilege(s.oid, 'UPDATE'),
			       pg_catalog.pg_has_role(s.relowner, 'USAGE'),
			       case when o.deptype is null then 'none'
			            when o.deptype = 'a' then pg_catalog.format('%I.%I.%I', o.nspname, o.relname, o.attname) end
			from pg_catalog.pg_class s
			left join lateral (select d.deptype, dn.nspname, dt.relname, da.attname
			                     from pg_catalog.pg_depend d
			                     join pg_catalog.pg_class dt on dt.oid = d.refobjid
			                     join pg_catalog.pg_namespace dn on dn.oid = dt.relnamespace
			                     join pg_catalog.pg_attribute da on da.attrelid = d.refobjid and da.attnum = d.refobjsubid
			                    where d.classid = 'pg_catalog.pg_class'::regclass and d.objid = s.oid
			                      and d.refclassid = 'pg_catalog.pg_class'::regclass and d.deptype in ('a', 'i')
			                    limit 1) o on true
			where s.oid::int8 = any (?)""";

	// LOCK ... IN SHARE ROW EXCLUSIVE MODE needs UPDATE, DELETE or TRUNCATE on the table
	// (INSERT is not enough)
	private static final String TABLES_SQL = """
			select t.name, pg_catalog.has_table_privilege(t.name, 'UPDATE, DELETE, TRUNCATE')
			from pg_catalog.unnest(?::text[]) as t (name)""";

	private final boolean inRecovery;

	private final boolean readOnly;

	private final String role;

	private final Switches switches;

	private final Set<Long> updatableSequences = new HashSet<>();

	private final Set<Long> ownedSequences = new HashSet<>();

	private final Set<String> lockableTables = new HashSet<>();

	private final Map<Long, String> ownedBy = new HashMap<>();

	private RepairPreflight(boolean inRecovery, boolean readOnly, String role, Switches switches) {
		this.inRecovery = inRecovery;
		this.readOnly = readOnly;
		this.role = role;
		this.switches = switches;
	}

	static RepairPreflight read(Connection connection, List<DriftedSequence> sequences, Switches switches)
			throws SQLException {
		RepairPreflight preflight;
		try (PreparedStatement statement = connection.prepareStatement(SESSION_SQL);
				ResultSet row = statement.executeQuery()) {
			row.next();
			preflight = new RepairPreflight(row.getBoolean(1), row.getBoolean(2), row.getString(3), switches);
		}
		Long[] oids = sequences.stream().map(DriftedSequence::oid).toArray(Long[]::new);
		try (PreparedStatement statement = connection.prepareStatement(SEQUENCES_SQL)) {
			statement.setArray(1, connection.createArrayOf("int8", oids));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					addIf(rows.getBoolean(2), preflight.updatableSequences, rows.getLong(1));
					addIf(rows.getBoolean(3), preflight.ownedSequences, rows.getLong(1));
					String owner = rows.getString(4);
					if (owner != null) {
						preflight.ownedBy.put(rows.getLong(1), owner);
					}
				}
			}
		}
		String[] tables = sequences.stream()
			.flatMap((sequence) -> sequence.tables().stream())
			.map(SequenceTable::tableSql)
			.distinct()
			.toArray(String[]::new);
		try (PreparedStatement statement = connection.prepareStatement(TABLES_SQL)) {
			statement.setArray(1, connection.createArrayOf("text", tables));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					addIf(rows.getBoolean(2), preflight.lockableTables, rows.getString(1));
				}
			}
		}
		return preflight;
	}

	private static <T> void addIf(boolean condition, Set<T> set, T value) {
		if (condition) {
			set.add(value);
		}
	}

	/**
	 * Whether the repairing role owns the sequence, so that restating its
	 * {@code OWNED BY} can lock it.
	 * @param sequence the sequence
	 * @return {@code true} when it owns it
	 */
	boolean owns(DriftedSequence sequence) {
		return this.ownedSequences.contains(sequence.oid());
	}

	/**
	 * Returns the sequence's {@code OWNED BY} as SQL, to restate it.
	 * @param sequence the sequence
	 * @return {@code schema.table.column} or {@code none}; {@code null} for an identity
	 * sequence
	 */
	@Nullable String ownedBySql(DriftedSequence sequence) {
		return this.ownedBy.get(sequence.oid());
	}

	/**
	 * Says why the repair of a sequence is not attempted, with the remedy.
	 * @param sequence the sequence
	 * @return the reason, {@code null} when the repair may go ahead
	 */
	@Nullable String refusal(DriftedSequence sequence) {
		if (this.inRecovery) {
			return "SQLSTATE " + DatabaseErrors.READ_ONLY_TRANSACTION + ": the database is a hot standby"
					+ " (pg_is_in_recovery); repair on the primary";
		}
		if (this.readOnly) {
			return "SQLSTATE " + DatabaseErrors.READ_ONLY_TRANSACTION + ": default_transaction_read_only is on;"
					+ " repair with a role or database that may write";
		}
		if (!this.updatableSequences.contains(sequence.oid())) {
			String repairRole = this.switches.repairRole();
			return "SQLSTATE " + DatabaseErrors.INSUFFICIENT_PRIVILEGE + ": no UPDATE privilege on sequence "
					+ sequence.sequenceSql() + "; run: GRANT UPDATE ON SEQUENCE " + sequence.sequenceSql() + " TO "
					+ this.role + ";"
					+ ((repairRole != null) ? " (or give the repair a role of its own: " + repairRole + ")" : "");
		}
		for (SequenceTable table : sequence.tables()) {
			if (!this.lockableTables.contains(table.tableSql())) {
				return "SQLSTATE " + DatabaseErrors.INSUFFICIENT_PRIVILEGE + ": locking " + table.tableSql()
						+ " against concurrent writes needs UPDATE, DELETE or TRUNCATE on it; run: GRANT UPDATE ON TABLE "
						+ table.tableSql() + " TO " + this.role + ";";
			}
		}
		return null;
	}

}
