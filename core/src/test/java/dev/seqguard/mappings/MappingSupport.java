package dev.seqguard.mappings;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * What the mapping tests share: inserting through Hibernate (the oracle for which id an
 * application gets) and finding one entity's report.
 */
public final class MappingSupport {

	private MappingSupport() {
	}

	/**
	 * Persists one entity in its own transaction, as an application's insert does.
	 * @param entityManagerFactory the factory
	 * @param entity the new entity
	 */
	public static void insert(EntityManagerFactory entityManagerFactory, Object entity) {
		EntityManager entityManager = entityManagerFactory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			entityManager.persist(entity);
			entityManager.getTransaction().commit();
		}
		finally {
			if (entityManager.getTransaction().isActive()) {
				entityManager.getTransaction().rollback();
			}
			entityManager.close();
		}
	}

	/**
	 * Inserts through Hibernate until an insert passes: each failure is one generated id
	 * that already exists, so the count is the lag as the application meets it.
	 * @param entityManagerFactory the factory
	 * @param entities makes a new entity for each attempt
	 * @return the number of inserts that failed with a duplicate key
	 */
	public static long failedInsertsBeforeOneSucceeds(EntityManagerFactory entityManagerFactory,
			Supplier<Object> entities) {
		for (long failures = 0; failures < 100; failures++) {
			try {
				insert(entityManagerFactory, entities.get());
				return failures;
			}
			catch (RuntimeException ex) {
				if (!stackTraceMentions(ex, "duplicate key value")) {
					throw ex;
				}
			}
		}
		throw new IllegalStateException("100 inserts in a row failed with a duplicate key");
	}

	private static boolean stackTraceMentions(Throwable failure, String text) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null && cause.getMessage().contains(text)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Returns the report of an entity.
	 * @param report the report
	 * @param entity the entity's simple name
	 * @return its only target
	 */
	public static TargetReport target(SeqGuardReport report, String entity) {
		return report.targets()
			.stream()
			.filter((target) -> target.identity().entity().equals(entity))
			.reduce((one, other) -> {
				throw new IllegalStateException("Several targets for " + entity);
			})
			.orElseThrow(() -> new IllegalStateException("No target for " + entity + " in " + report.targets()));
	}

	/**
	 * Returns the first id Hibernate hands out for a new entity, persisted and rolled
	 * back: a TABLE generator's row moves in a transaction of its own.
	 * @param <E> the entity type
	 * @param factory the factory
	 * @param newEntity makes the entity
	 * @param id reads its id after persist
	 * @return the id
	 */
	public static <E> long firstIdHandedOut(EntityManagerFactory factory, Supplier<E> newEntity, Function<E, Long> id) {
		EntityManager entityManager = factory.createEntityManager();
		try {
			entityManager.getTransaction().begin();
			E entity = newEntity.get();
			entityManager.persist(entity);
			entityManager.getTransaction().rollback();
			return Objects.requireNonNull(id.apply(entity));
		}
		finally {
			entityManager.close();
		}
	}

}
