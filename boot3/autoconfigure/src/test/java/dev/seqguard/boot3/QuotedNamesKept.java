package dev.seqguard.boot3;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Boot 3's physical naming with quoted names left as written, as Boot 4's
 * ({@code PhysicalNamingStrategySnakeCaseImpl}) leaves them: Boot 3's strategy also turns
 * a quoted {@code "OrderLine"} into {@code "order_line"}, and the shared scenario tables
 * are created with Boot 4's names.
 */
public class QuotedNamesKept extends CamelCaseToUnderscoresNamingStrategy {

	@Override
	public Identifier toPhysicalTableName(Identifier logicalName, JdbcEnvironment environment) {
		return logicalName.isQuoted() ? logicalName : super.toPhysicalTableName(logicalName, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier logicalName, JdbcEnvironment environment) {
		return logicalName.isQuoted() ? logicalName : super.toPhysicalColumnName(logicalName, environment);
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier logicalName, JdbcEnvironment environment) {
		return logicalName.isQuoted() ? logicalName : super.toPhysicalSequenceName(logicalName, environment);
	}

}
