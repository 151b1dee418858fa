package dev.seqguard.report;

import org.jspecify.annotations.Nullable;

/**
 * Which id column a report entry is about, whatever its outcome.
 *
 * @param entity the entity mapped to the table
 * @param schema the table's schema, {@code null} when the table could not be resolved and
 * the mapping names none
 * @param table the table name
 * @param column the id column, {@code null} for composite ids
 * @param sequence the sequence behind the id as {@code schema.name}, {@code null} when
 * none was found
 * @param generator the kind of generator: IDENTITY or SEQUENCE (in lower case) when
 * checked, otherwise the kind that is not checked
 */
public record TargetIdentity(String entity, @Nullable String schema, String table, @Nullable String column,
		@Nullable String sequence, String generator) {

	/**
	 * Returns the table as {@code schema.table}, the form {@code seqguard.include}
	 * patterns match.
	 * @return the qualified table name
	 */
	public String qualifiedTable() {
		return (this.schema != null) ? this.schema + "." + this.table : this.table;
	}

	/**
	 * Returns the column as {@code schema.table.column}, or the qualified table when the
	 * id has no single column.
	 * @return the qualified column name
	 */
	public String qualifiedColumn() {
		return qualifiedTable() + ((this.column != null) ? "." + this.column : "");
	}

}
