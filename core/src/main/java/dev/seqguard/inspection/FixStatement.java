package dev.seqguard.inspection;

/**
 * The statement an engine runs to make a drifted target's next value a given one, as
 * shown in the report and the WARN line.
 */
@FunctionalInterface
interface FixStatement {

	/** PostgreSQL's: a {@code setval} ({@link Setval}). */
	FixStatement POSTGRESQL = (target, next) -> Setval.forNextValue(next, target.bounds()).toSql(target.sequenceSql());

	/**
	 * H2's: {@code ALTER TABLE ... RESTART WITH} or
	 * {@code ALTER SEQUENCE ... RESTART WITH}.
	 */
	FixStatement H2 = (target,
			next) -> H2Restart.statement(target.sequenceSql(), target.tableSql(), target.columnSql(), next) + ";";

	/**
	 * Renders the statement.
	 * @param target the drifted target
	 * @param next the value the next id must be drawn from
	 * @return the SQL
	 */
	String sql(Measurable target, long next);

}
