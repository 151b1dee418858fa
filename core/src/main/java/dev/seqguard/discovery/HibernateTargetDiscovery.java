package dev.seqguard.discovery;

import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Reads every entity's id table, id column and generator from Hibernate's runtime
 * metamodel.
 * <p>
 * The runtime metamodel is used rather than the boot-time {@code Metadata} because it
 * holds the live generators, after Hibernate reconciled their increment sizes with the
 * database, and names already rendered for the dialect. An entity whose mapping SeqGuard
 * cannot understand becomes an {@link Target.Kind#ERROR ERROR} target of its own; the
 * other entities are still checked.
 */
public final class HibernateTargetDiscovery {

	private HibernateTargetDiscovery() {
	}

	/**
	 * Lists the targets of the entity manager factory's entities, one per id column (see
	 * {@link DistinctTargets}).
	 * <p>
	 * Abstract entities are left out: their concrete subclasses carry the same id
	 * (JOINED, SINGLE_TABLE) or their own tables (TABLE_PER_CLASS, where the abstract
	 * root has no physical table).
	 * @param entityManagerFactory a Hibernate-backed entity manager factory
	 * @return the targets in metamodel order
	 */
	public static List<Target> discover(EntityManagerFactory entityManagerFactory) {
		SessionFactoryImplementor sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
		EntityTargets entities = new EntityTargets(sessionFactory.getSqlStringGenerationContext());
		DistinctTargets targets = new DistinctTargets();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor(new Describe(entities, targets));
		return targets.list();
	}

	/**
	 * Adds each entity's targets. A class, not a lambda: each lambda costs a new JVM a
	 * class spun at its first call, in the startup check.
	 */
	private static final class Describe implements Consumer<EntityPersister> {

		private final EntityTargets entities;

		private final DistinctTargets targets;

		Describe(EntityTargets entities, DistinctTargets targets) {
			this.entities = entities;
			this.targets = targets;
		}

		@Override
		public void accept(EntityPersister persister) {
			try {
				if (!persister.isAbstract()) {
					this.targets.addAll(this.entities.describe(persister));
				}
			}
			catch (RuntimeException ex) {
				this.targets.add(notUnderstood(persister, ex));
			}
		}

	}

	private static Target notUnderstood(EntityPersister persister, RuntimeException ex) {
		String entityName = persister.getEntityName();
		String table;
		try {
			table = EntityTargets.abbreviate(persister.getIdentifierTableDetails().getTableName());
		}
		catch (RuntimeException unknown) {
			table = "?";
		}
		String generatorLabel;
		try {
			generatorLabel = GeneratorTargets.simpleName(persister.getGenerator().getClass().getName());
		}
		catch (RuntimeException unknown) {
			generatorLabel = "unknown";
		}
		return Target.error(GeneratorTargets.simpleName(entityName), new DbName(null, table), generatorLabel,
				"SeqGuard could not read the mapping of entity " + entityName + " (" + ex.getClass().getName() + ": "
						+ ex.getMessage() + "); the other entities are checked");
	}

}
