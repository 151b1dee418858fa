package dev.seqguard.discovery;

import java.util.List;

import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.generator.Generator;
import org.hibernate.id.CompositeNestedGeneratedValueGenerator;
import org.hibernate.metamodel.mapping.TableDetails;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Describes one entity: its id table, id column (or the generated parts of a composite
 * id) and generator.
 */
final class EntityTargets {

	private static final int QUERY_TEXT_LIMIT = 80;

	private final GeneratorTargets generators;

	private final CompositeIdTargets compositeIds;

	EntityTargets(SqlStringGenerationContext sqlNames) {
		this.generators = new GeneratorTargets(sqlNames);
		this.compositeIds = new CompositeIdTargets(this.generators);
	}

	List<Target> describe(EntityPersister persister) {
		String entity = GeneratorTargets.simpleName(persister.getEntityName());
		TableDetails tableDetails = persister.getIdentifierTableDetails();
		String renderedTable = tableDetails.getTableName();
		if (isQuery(renderedTable)) {
			// @Subselect: Hibernate renders the query, in parentheses, where the table
			// name would be
			String query = abbreviate(renderedTable);
			return List.of(Target.skipped(entity, new DbName(null, query), null, "subselect",
					"entity maps a query (@Subselect), not a table: " + query
							+ "; its ids belong to the tables the query reads"));
		}
		DbName table = DbName.parse(renderedTable);
		Generator generator = persister.getGenerator();
		if (generator instanceof CompositeNestedGeneratedValueGenerator composite) {
			return this.compositeIds.describe(entity, table, persister, composite);
		}
		TableDetails.KeyDetails key = tableDetails.getKeyDetails();
		if (key.getColumnCount() != 1) {
			return List.of(Target.skipped(entity, table, null, "composite",
					"composite id of " + key.getColumnCount() + " columns: not drawn from one sequence"));
		}
		String column = DbName.parseIdentifier(key.getKeyColumn(0).getColumnName());
		return List.of(this.generators.describe(entity, table, column, generator));
	}

	static boolean isQuery(String renderedTable) {
		return renderedTable.strip().startsWith("(");
	}

	static String abbreviate(String text) {
		String collapsed = text.strip().replaceAll("\\s+", " ");
		return (collapsed.length() <= QUERY_TEXT_LIMIT) ? collapsed
				: collapsed.substring(0, QUERY_TEXT_LIMIT - 1) + "\u2026";
	}

}
