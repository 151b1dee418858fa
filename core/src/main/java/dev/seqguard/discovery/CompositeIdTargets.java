package dev.seqguard.discovery;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.id.CompositeNestedGeneratedValueGenerator;
import org.hibernate.id.IdentifierGenerationException;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Finds the generated parts of a composite id ({@code @IdClass} or {@code @EmbeddedId}
 * with a {@code @GeneratedValue} part): each is checked as its own column, its lag
 * measured against that column's {@code max}.
 * <p>
 * Hibernate runs such ids through one {@link CompositeNestedGeneratedValueGenerator}: a
 * generation plan per part generated before the insert (a sequence), whose property index
 * names the attribute; and, from Hibernate 7, for parts the database generates on insert
 * (IDENTITY), a flag per id column ({@link CompositeGeneratorParts} reads both).
 */
final class CompositeIdTargets {

	private final GeneratorTargets generators;

	CompositeIdTargets(GeneratorTargets generators) {
		this.generators = generators;
	}

	List<Target> describe(String entity, DbName table, EntityPersister persister,
			CompositeNestedGeneratedValueGenerator generator) {
		EmbeddableValuedModelPart id = (EmbeddableValuedModelPart) persister.getIdentifierMapping();
		List<String> idColumns = columns(id);
		String composite = "composite id (" + String.join(", ", idColumns) + ")";
		String unreadable = CompositeGeneratorParts.unreadable();
		if (unreadable != null) {
			return List.of(Target.skipped(entity, table, null, "composite",
					"generated parts of the " + composite + " not read: " + unreadable));
		}
		String[] propertyNames = CompositeGeneratorParts.propertyNames(generator);
		List<Target> targets = new ArrayList<>();
		for (CompositeNestedGeneratedValueGenerator.GenerationPlan plan : CompositeGeneratorParts.plans(generator)) {
			String property = propertyNames[plan.getPropertyIndex()];
			AttributeMapping attribute = id.getEmbeddableTypeDescriptor().findAttributeMapping(property);
			List<String> columns = columns(attribute);
			if (columns.size() != 1) {
				targets.add(Target.skipped(entity, table, null, "composite", "generated part '" + property + "' of the "
						+ composite + " spans " + columns.size() + " columns: not drawn from one sequence"));
				continue;
			}
			Target part;
			try {
				part = this.generators.describe(entity, table, columns.get(0), plan.getGenerator());
			}
			catch (IdentifierGenerationException ex) {
				// Hibernate 6.6 on an IDENTITY part: "Identity generation isn't supported
				// for composite ids", at every insert too
				targets.add(Target.skipped(entity, table, columns.get(0), "composite",
						"generated part '" + property + "' of the " + composite + ": Hibernate "
								+ org.hibernate.Version.getVersionString() + " does not generate it (" + ex.getMessage()
								+ "; Hibernate 7 does), so no insert can use it"));
				continue;
			}
			targets.add(part.withGeneratorLabel(part.generatorLabel() + ", generated part of " + composite));
		}
		boolean[] onInsert = CompositeGeneratorParts.generatedOnExecution(generator);
		for (int i = 0; onInsert != null && i < onInsert.length && i < idColumns.size(); i++) {
			if (onInsert[i]) {
				// the column's default assigns it during the insert: its sequence is the
				// one to check
				targets.add(Target.checked(entity, table, idColumns.get(i), IdGenerator.IDENTITY)
					.withGeneratorLabel("identity, generated part of " + composite));
			}
		}
		if (targets.isEmpty()) {
			targets.add(Target.skipped(entity, table, null, "composite",
					"composite id of " + idColumns.size() + " columns (" + String.join(", ", idColumns)
							+ ") and no generated part: not drawn from one sequence"));
		}
		return targets;
	}

	private static List<String> columns(ModelPart part) {
		List<String> columns = new ArrayList<>();
		part.forEachSelectable(
				(index, selectable) -> columns.add(DbName.parseIdentifier(selectable.getSelectionExpression())));
		return columns;
	}

}
