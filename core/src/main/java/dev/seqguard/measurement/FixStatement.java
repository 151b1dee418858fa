package dev.seqguard.measurement;

/**
 * The statement an engine runs to make a drifted target's next value a given one, as
 * shown in the report and the WARN line.
 */
@FunctionalInterface
public interface FixStatement {

	/**
	 * Renders the statement.
	 * @param target the drifted target
	 * @param next the value the next id must be drawn from
	 * @return the SQL
	 */
	String sql(Measurable target, long next);

}
