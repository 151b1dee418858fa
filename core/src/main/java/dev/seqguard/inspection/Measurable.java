package dev.seqguard.inspection;

import dev.seqguard.discovery.IdGenerator;

/**
 * A resolved target that passed every check before measurement ({@link Triage}): the
 * facts a measurement needs, none of them missing.
 *
 * @param resolved what the catalog said about the target
 * @param generator the generator Hibernate uses for it
 * @param qualifiedTable the table as {@code schema.table}, for messages
 * @param tableSql the table as a quoted SQL name
 * @param tableOid the table's oid
 * @param columnSql the id column as a quoted identifier
 * @param columnAttnum the id column's number in the table
 * @param columnType the id column's base type
 * @param sequenceOid the sequence's oid
 * @param sequenceSql the sequence as a quoted SQL name
 * @param qualifiedSequence the sequence as {@code schema.name}, for messages
 * @param bounds the sequence's range narrowed to the column's type
 */
record Measurable(ResolvedTarget resolved, IdGenerator generator, String qualifiedTable, String tableSql, long tableOid,
		String columnSql, int columnAttnum, String columnType, long sequenceOid, String sequenceSql,
		String qualifiedSequence, SequenceBounds bounds) implements Triage.Verdict {

}
