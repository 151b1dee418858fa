package dev.seqguard.measurement;

import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.drift.SequenceBounds;

/**
 * A resolved target that passed every check before measurement ({@link Triage}): the
 * facts a measurement needs, none of them missing.
 *
 * @param resolved what the catalog said about the target
 * @param generator the generator Hibernate uses for it
 * @param table the table
 * @param column the id column
 * @param columnSql the id column as a quoted identifier
 * @param sequence the sequence
 * @param settings the sequence's settings
 * @param bounds the sequence's range narrowed to the column's type
 */
public record Measurable(ResolvedTarget resolved, IdGenerator generator, ResolvedTarget.Table table,
		ResolvedTarget.Column column, String columnSql, ResolvedTarget.Sequence sequence,
		ResolvedTarget.Settings settings, SequenceBounds bounds) implements Triage.Verdict {

	/** The table as {@code schema.table}, for messages. */
	String qualifiedTable() {
		return this.table.qualifiedName();
	}

	/** The table as a quoted SQL name. */
	public String tableSql() {
		return this.table.sql();
	}

	/** The sequence's oid. */
	long sequenceOid() {
		return this.sequence.oid();
	}

	/** The sequence as a quoted SQL name. */
	public String sequenceSql() {
		return this.sequence.sql();
	}

}
