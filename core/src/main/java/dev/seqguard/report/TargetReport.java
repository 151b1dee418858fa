package dev.seqguard.report;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking one id column.
 *
 * @param entity the entity mapped to the table
 * @param schema the table's schema, {@code null} when the table could not be resolved
 * @param table the table name
 * @param column the id column, {@code null} for composite ids
 * @param sequence the sequence behind the id as {@code schema.name}, {@code null} when
 * none was found
 * @param generator the kind of generator: IDENTITY or SEQUENCE (in lower case) when
 * checked, otherwise the kind that is not checked
 * @param optimizer Hibernate's optimizer ({@code none}, {@code pooled}, ...),
 * {@code null} when skipped
 * @param incrementSize Hibernate's increment size, {@code null} when skipped
 * @param maxId the largest id in the table ({@code min(id)} for a descending sequence),
 * {@code null} when the table is empty or unknown
 * @param nextId the value the next {@code nextval} returns, {@code null} when unknown
 * @param firstId the first id a freshly started application hands out, {@code null} when
 * unknown
 * @param lag how many ids at or below {@code maxId} the generator would still hand out;
 * {@code null} when unknown
 * @param usage share (0..1) of the sequence's usable range already consumed, {@code null}
 * when unknown
 * @param nearingExhaustion whether usage reached the configured exhaustion threshold
 * @param status the outcome
 * @param detail why skipped, the error and its remedy, or the SQL that would repair the
 * drift
 */
public record TargetReport(String entity, @Nullable String schema, String table, @Nullable String column,
		@Nullable String sequence, String generator, @Nullable String optimizer, @Nullable Integer incrementSize,
		@Nullable Long maxId, @Nullable Long nextId, @Nullable Long firstId, @Nullable Long lag, @Nullable Double usage,
		boolean nearingExhaustion, TargetStatus status, @Nullable String detail) {

	/**
	 * Returns the table as {@code schema.table}, the form {@code seqguard.include}
	 * patterns match.
	 * @return the qualified table name
	 */
	public String qualifiedTable() {
		return (this.schema != null) ? this.schema + "." + this.table : this.table;
	}

	/**
	 * Returns this report after a repair attempt changed what is known of the sequence.
	 * @param status the new status
	 * @param nextId the value the next {@code nextval} returns now
	 * @param firstId the first id a freshly started application hands out now
	 * @param lag the lag now
	 * @param usage the usage now
	 * @param nearingExhaustion whether the usage now reaches the exhaustion threshold
	 * @param detail what the repair did or why it did not
	 * @return the new report
	 */
	public TargetReport afterRepair(TargetStatus status, @Nullable Long nextId, @Nullable Long firstId,
			@Nullable Long lag, @Nullable Double usage, boolean nearingExhaustion, String detail) {
		return new TargetReport(this.entity, this.schema, this.table, this.column, this.sequence, this.generator,
				this.optimizer, this.incrementSize, this.maxId, nextId, firstId, lag, usage, nearingExhaustion, status,
				detail);
	}

}
