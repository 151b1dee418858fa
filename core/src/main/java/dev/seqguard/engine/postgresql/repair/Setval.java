package dev.seqguard.engine.postgresql.repair;

import dev.seqguard.drift.SequenceBounds;

/**
 * The arguments of a {@code setval} that makes the next {@code nextval} return a given
 * value.
 * <p>
 * The {@code is_called = true} form ({@code setval(seq, M, true)}, next value M +
 * increment) is what people know from scripts; the {@code false} form is used only where
 * the {@code true} form's value would fall outside the sequence's range.
 *
 * @param value the value argument
 * @param isCalled the {@code is_called} argument
 */
public record Setval(long value, boolean isCalled) {

	/**
	 * Returns the {@code setval} arguments that make the next {@code nextval} return
	 * {@code next}.
	 * @param next the wanted next value
	 * @param bounds the sequence's parameters
	 * @return the arguments
	 */
	public static Setval forNextValue(long next, SequenceBounds bounds) {
		long calledValue = next - bounds.increment();
		boolean calledValueInRange = (bounds.increment() > 0) ? calledValue >= bounds.min() && calledValue < next
				: calledValue <= bounds.max() && calledValue > next;
		return calledValueInRange ? new Setval(calledValue, true) : new Setval(next, false);
	}

	/**
	 * Renders the statement for a sequence, for logs and reports; the name is embedded as
	 * a string literal.
	 * @param sequenceSql the quoted sequence name
	 * @return {@code SELECT pg_catalog.setval('seq', value, is_called);}
	 */
	public String toSql(String sequenceSql) {
		return "SELECT pg_catalog.setval('" + sequenceSql.replace("'", "''") + "', " + this.value + ", " + this.isCalled
				+ ");";
	}

}
