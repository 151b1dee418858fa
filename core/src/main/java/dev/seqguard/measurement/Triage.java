package dev.seqguard.measurement;

import java.util.Objects;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.drift.SequenceBounds;
import dev.seqguard.report.MissingTables;
import dev.seqguard.settings.Switches;
import dev.seqguard.report.TargetReport;
import dev.seqguard.settings.TableFilter;

/**
 * Decides, before any table is read, whether a resolved target can be measured: the
 * report that says why not (skipped, missing, not readable), or the target with every
 * fact a measurement needs.
 */
final class Triage {

	private final String role;

	private final TableFilter tableFilter;

	private final Switches switches;

	Triage(String role, TableFilter tableFilter, Switches switches) {
		this.role = role;
		this.tableFilter = tableFilter;
		this.switches = switches;
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
			return skipped(target, Objects.requireNonNullElse(discovered.reason(), "not checked"));
		}
		ResolvedTarget.Table table = target.table();
		if (table == null) {
			return error(target, MissingTables.detail(discovered.table().toString()));
		}
		String rejection = this.tableFilter.rejectionReason(table.schema(), table.name(), this.switches);
		if (rejection != null) {
			return skipped(target, rejection);
		}
		ResolvedTarget.Column column = target.column();
		if (column == null) {
			return error(target, "column " + target.columnSql() + " does not exist in " + table.sql());
		}
		ResolvedTarget.Sequence sequence = target.sequence();
		if (sequence == null) {
			return (generator.sequence() != null)
					? error(target, "sequence " + generator.sequence() + " does not exist")
					: skipped(target, "no sequence feeds column " + target.columnSql()
							+ " (it is not IDENTITY, serial or DEFAULT nextval(...))");
		}
		ResolvedTarget.Settings settings = sequence.settings();
		if (settings == null) {
			return error(target, sequence.sql() + " is not a sequence");
		}
		long[] columnRange = SequenceBounds.columnRange(column.type());
		if (columnRange == null) {
			return skipped(target, "id column type " + column.type() + " is not an integer type");
		}
		if (!table.readable()) {
			return error(target, "SQLSTATE 42501: no SELECT privilege on table " + table.sql()
					+ "; run: GRANT SELECT ON TABLE " + table.sql() + " TO " + this.role + ";");
		}
		if (!settings.readable()) {
			return error(target, "SQLSTATE 42501: no SELECT privilege on sequence " + sequence.sql()
					+ "; run: GRANT SELECT ON SEQUENCE " + sequence.sql() + " TO " + this.role + ";");
		}
		SequenceBounds bounds = new SequenceBounds(settings.increment(), settings.min(), settings.max(),
				settings.cycle(), columnRange[0], columnRange[1]);
		return new Measurable(target, generator, table, column, target.columnSql(), sequence, settings, bounds);
	}

	private static Rejected skipped(ResolvedTarget target, String reason) {
		return new Rejected(Reports.skipped(target, reason));
	}

	private static Rejected error(ResolvedTarget target, String detail) {
		return new Rejected(Reports.error(target, detail));
	}

}
