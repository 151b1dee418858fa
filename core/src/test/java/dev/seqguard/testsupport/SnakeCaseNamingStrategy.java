package dev.seqguard.testsupport;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's physical naming, for a Hibernate bootstrapped without Spring:
 * {@code StockItem} becomes {@code stock_item}, and a quoted name such as
 * {@code "OrderLine"} is kept as written, as Boot 4's
 * {@code PhysicalNamingStrategySnakeCaseImpl} keeps it (Hibernate 6.6 has no such class,
 * and its {@link CamelCaseToUnderscoresNamingStrategy} alone would turn it into
 * {@code order_line}).
 */
final class SnakeCaseNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

	@Override
	public Identifier toPhysicalCatalogName(Identifier name, JdbcEnvironment environment) {
		return keptIfQuoted(name) ? name : super.toPhysicalCatalogName(name, environment);
	}

	@Override
	public Identifier toPhysicalSchemaName(Identifier name, JdbcEnvironment environment) {
		return keptIfQuoted(name) ? name : super.toPhysicalSchemaName(name, environment);
	}

	@Override
	public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
		return keptIfQuoted(name) ? name : super.toPhysicalTableName(name, environment);
	}

	@Override
	public Identifier toPhysicalSequenceName(Identifier name, JdbcEnvironment environment) {
		return keptIfQuoted(name) ? name : super.toPhysicalSequenceName(name, environment);
	}

	@Override
	public Identifier toPhysicalColumnName(Identifier name, JdbcEnvironment environment) {
		return keptIfQuoted(name) ? name : super.toPhysicalColumnName(name, environment);
	}

	private static boolean keptIfQuoted(Identifier name) {
		return name != null && name.isQuoted();
	}

}
