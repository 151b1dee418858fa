package dev.seqguard.discovery;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sequence that application code draws from ({@code nextval} in a {@code JdbcTemplate}
 * insert, jOOQ, a stored procedure, Spring Batch's job repository) and the id column it
 * numbers: no column {@code DEFAULT} and no entity name it, so neither the catalog nor
 * Hibernate's metamodel finds it. Each {@code nextval} is one id (optimizer
 * {@code none}).
 *
 * @param sequence the sequence
 * @param table the table it numbers
 * @param column the id column, as PostgreSQL stores it
 * @param entry the front end's entry it comes from ({@code setting[key]=value}), for
 * messages; {@code null} for a mapping SeqGuard knows by itself, checked only where its
 * table and sequence exist
 */
public record SequenceMapping(DbName sequence, DbName table, String column, @Nullable String entry) {

	/**
	 * Parses one entry of the front end's setting that maps sequences.
	 * @param setting the setting's name, for messages
	 * @param key the sequence, {@code [schema.]name}
	 * @param value the column it numbers, {@code [schema.]table.column}
	 * @return the mapping
	 * @throws IllegalArgumentException naming the entry when either side is not such a
	 * name
	 */
	public static SequenceMapping parse(String setting, String key, String value) {
		String entry = setting + "[" + key + "]=" + value;
		try {
			List<String> sequence = DbName.splitQualified(key.trim());
			List<String> column = DbName.splitQualified(value.trim());
			if (sequence.size() > 2 || column.size() < 2 || column.size() > 3) {
				throw new IllegalArgumentException("not a name");
			}
			return new SequenceMapping(name(sequence), name(column.subList(0, column.size() - 1)),
					column.get(column.size() - 1), entry);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(entry + ": the key must name a sequence ([schema.]sequence) and"
					+ " the value the column it numbers ([schema.]table.column)");
		}
	}

	/**
	 * Returns the target that checks this mapping.
	 * @return a checked target on the sequence, optimizer {@code none}
	 */
	public Target target() {
		return Target.checked("", this.table, this.column,
				IdGenerator.sequence(this.sequence, OptimizerKind.NONE, 1, IdGenerator.UNKNOWN_INITIAL_VALUE));
	}

	private static DbName name(List<String> parts) {
		return (parts.size() == 1) ? new DbName(null, parts.get(0)) : new DbName(parts.get(0), parts.get(1));
	}

	@Override
	public String toString() {
		return (this.entry != null) ? this.entry : this.sequence + " -> " + this.table + "." + this.column;
	}

}
