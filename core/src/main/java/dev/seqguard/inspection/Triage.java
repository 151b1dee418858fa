package dev.seqguard.inspection;

import java.util.Objects;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.report.TargetReport;

/**
 * Decides, before any table is read, whether a resolved target can be measured: the
 * report that says why not (skipped, missing, not readable), or the target with every
 * fact a measurement needs.
 */
final class Triage {

	private final String role;

	private final TableFilter tableFilter;

	Triage(String role, TableFilter tableFilter) {
		this.role = role;
		this.tableFilter = tableFilter;
	}

	/** A triage's outcome. */
	sealed interface Verdict permits Rejected, Measurable {

	}

	/**
	 * A target that is not measured.
	 *
	 * @param report its report entry: skipped or in error, with the reason
	 */
	record Rejected(TargetReport report) implements Verdict {

	}

	Verdict of(ResolvedTarget target) {
		Target discovered = target.target();
		IdGenerator generator = discovered.generator();
		if (discovered.kind() == Target.Kind.ERROR) {
			return error(target,
					Objects.requireNonNullElse(discovered.reason(), "SeqGuard could not read the mapping"));
		}
		if (!discovered.isChecked() || generator == null) {
			return new Rejected(Reports.skipped(target, discovered.reason()));
		}
		String tableSql = target.tableSql();
		Long tableOid = target.tableOid();
		String schema = target.tableSchema();
		String table = target.tableName();
		if (tableSql == null || tableOid == null || schema == null || table == null) {
			return error(target, "table " + discovered.table()
					+ " does not exist (check the entity's @Table, hibernate.default_schema and search_path)");
		}
		String rejection = this.tableFilter.rejectionReason(schema, table);
		if (rejection != null) {
			return new Rejected(Reports.skipped(target, rejection));
		}
		if (!target.columnFound()) {
			return error(target, "column " + target.columnSql() + " does not exist in " + tableSql);
		}
		Long sequenceOid = target.sequenceOid();
		String sequenceSql = target.sequenceSql();
		String qualifiedSequence = target.qualifiedSequence();
		if (sequenceOid == null || sequenceSql == null || qualifiedSequence == null) {
			return (generator.sequence() != null)
					? error(target, "sequence " + generator.sequence() + " does not exist")
					: new Rejected(Reports.skipped(target, "no sequence feeds column " + target.columnSql()
							+ " (it is not IDENTITY, serial or DEFAULT nextval(...))"));
		}
		if (!target.sequenceIsSequence()) {
			return error(target, sequenceSql + " is not a sequence");
		}
		String columnType = target.columnType();
		long[] columnRange = (columnType != null) ? SequenceBounds.columnRange(columnType) : null;
		if (columnType == null || columnRange == null) {
			return new Rejected(Reports.skipped(target, "id column type " + columnType + " is not an integer type"));
		}
		if (!target.canReadTable()) {
			return error(target, "SQLSTATE 42501: no SELECT privilege on table " + tableSql
					+ "; run: GRANT SELECT ON TABLE " + tableSql + " TO " + this.role + ";");
		}
		if (!target.canReadSequence()) {
			return error(target, "SQLSTATE 42501: no SELECT privilege on sequence " + sequenceSql
					+ "; run: GRANT SELECT ON SEQUENCE " + sequenceSql + " TO " + this.role + ";");
		}
		SequenceBounds bounds = new SequenceBounds(target.increment(), target.min(), target.max(), target.cycle(),
				columnRange[0], columnRange[1]);
		return new Measurable(target, generator, schema + "." + table, tableSql, tableOid, target.columnSql(),
				target.columnAttnum(), columnType, sequenceOid, sequenceSql, qualifiedSequence, bounds);
	}

	private static Rejected error(ResolvedTarget target, String detail) {
		return new Rejected(Reports.error(target, detail));
	}

}
