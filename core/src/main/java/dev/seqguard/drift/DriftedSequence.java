package dev.seqguard.drift;

import java.util.List;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.report.TargetReport;

/**
 * A sequence with at least one drifted table, and everything a repair needs to know about
 * it: every table that draws from it (drifted or not, since a repair must clear the
 * largest id of all of them). What the repairing role may do is read by the repair
 * itself, in its own session.
 *
 * @param oid the sequence's oid, the key of the advisory lock that serialises repairs
 * across instances
 * @param sequenceSql the sequence as a quoted SQL name
 * @param name the sequence as {@code schema.name}
 * @param increment the sequence's increment
 * @param cache how many values each session draws ahead ({@code CACHE}): sessions that
 * drew values before a repair keep handing them out after it
 * @param tables every table on the sequence
 * @param exhaustionThreshold the usage from which a table counts as nearing exhaustion
 * ({@code seqguard.exhaustion-threshold}), applied again to the usage after a repair
 */
public record DriftedSequence(long oid, String sequenceSql, String name, long increment, long cache,
		List<SequenceTable> tables, double exhaustionThreshold) {

	/**
	 * Creates a drifted sequence.
	 */
	public DriftedSequence {
		tables = List.copyOf(tables);
	}

	/**
	 * Whether ids are drawn with a standalone {@code nextval} (Hibernate's SEQUENCE
	 * generators), which a table lock does not hold. IDENTITY, serial and
	 * {@code DEFAULT nextval} columns draw inside the {@code INSERT}, after it took its
	 * table lock.
	 * @return {@code true} when any table on the sequence uses a SEQUENCE generator
	 */
	public boolean drawnOutsideInserts() {
		return this.tables.stream().anyMatch((table) -> table.generator().type() == IdGenerator.Type.SEQUENCE);
	}

	/**
	 * Whether the sequence counts down.
	 * @return {@code true} for a negative increment
	 */
	public boolean descending() {
		return this.increment < 0;
	}

	/**
	 * A checked target whose id column draws from the sequence.
	 *
	 * @param name the table as {@code schema.table}, for messages only: two tables can
	 * share it ({@code "x"."a.b"} and {@code "x.a"."b"})
	 * @param tableSql the table as a quoted SQL name
	 * @param columnSql the id column as a quoted identifier
	 * @param generator the generator Hibernate uses for it
	 * @param bounds the sequence's range narrowed to the column's type
	 * @param checked the very entry of the check's report for this target: a repair's
	 * result is folded back into that entry and no other (matched by identity, never by
	 * names)
	 */
	public record SequenceTable(String name, String tableSql, String columnSql, IdGenerator generator,
			SequenceBounds bounds, TargetReport checked) {
	}

}
