package dev.seqguard.h2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import dev.seqguard.SequenceGuard;
import dev.seqguard.property.GeneratedEntity;
import dev.seqguard.property.Hilo;
import dev.seqguard.property.IdentityRow;
import dev.seqguard.property.LegacyHilo;
import dev.seqguard.property.NoneSequenced;
import dev.seqguard.property.PooledExplicit;
import dev.seqguard.property.PooledFrom100;
import dev.seqguard.property.PooledImplicit;
import dev.seqguard.property.PooledLo;
import dev.seqguard.property.PooledLotl;
import dev.seqguard.property.SharedFirst;
import dev.seqguard.property.SharedSecond;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.testsupport.EngineFixture;
import dev.seqguard.testsupport.OnEveryHibernateVersion;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Hibernate is the oracle on H2 too: for every optimizer (none, pooled from its default
 * and from 100, pooled-lo, pooled-lotl, hilo, legacy-hilo), an IDENTITY column and a
 * sequence shared by two entities, a freshly started application hands out exactly the
 * first id the report promises, before and after a repair. Every step runs on a fresh
 * {@code EntityManagerFactory}, since Hibernate's optimizers keep ids in memory.
 */
@OnEveryHibernateVersion
class H2HibernateOracleTests {

	private static final String URL = "jdbc:h2:mem:oracle;DB_CLOSE_DELAY=-1";

	/** Each entity and its table, as Hibernate names it. */
	private static final Map<Class<? extends GeneratedEntity>, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put(NoneSequenced.class, "none_sequenced");
		TABLES.put(PooledExplicit.class, "pooled_explicit");
		TABLES.put(PooledImplicit.class, "pooled_implicit");
		TABLES.put(PooledFrom100.class, "pooled_from100");
		TABLES.put(PooledLo.class, "pooled_lo");
		TABLES.put(PooledLotl.class, "pooled_lotl");
		TABLES.put(Hilo.class, "hilo");
		TABLES.put(LegacyHilo.class, "legacy_hilo");
		TABLES.put(SharedFirst.class, "shared_first");
		TABLES.put(SharedSecond.class, "shared_second");
		TABLES.put(IdentityRow.class, "identity_row");
	}

	@Test
	void aFreshApplicationHandsOutTheFirstIdTheReportPromisesBeforeAndAfterARepair() {
		onFreshApplication("create", (guard, hibernate) -> {
		});
		JdbcTemplate jdbc = new JdbcTemplate(
				new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.h2.Driver(), URL, "sa", ""));
		for (String table : TABLES.values()) {
			jdbc.update("insert into " + table + " (id) values (1), (2), (3), (120)");
		}
		onFreshApplication("none", (guard, hibernate) -> {
			SeqGuardReport report = guard.check();
			for (Map.Entry<Class<? extends GeneratedEntity>, String> entry : TABLES.entrySet()) {
				TargetReport.Checked checked = checked(report, entry.getValue());
				assertThat(checked.lag()).as(entry.getValue()).isPositive();
				if (entry.getKey() == IdentityRow.class) {
					assertThatExceptionOfType(PersistenceException.class)
						.isThrownBy(() -> hibernate.insert(entry.getKey()));
				}
				else if (entry.getKey() != SharedSecond.class) {
					// SharedSecond draws from the sequence SharedFirst just moved
					assertThat(hibernate.draw(entry.getKey())).as(entry.getValue()).isEqualTo(checked.firstId());
				}
			}
		});
		Map<String, Long> promised = new LinkedHashMap<>();
		onFreshApplication("none", (guard, hibernate) -> {
			SeqGuardReport report = guard.repair();
			TABLES.values().forEach((table) -> promised.put(table, checked(report, table).firstId()));
		});
		onFreshApplication("none", (guard, hibernate) -> {
			for (Map.Entry<Class<? extends GeneratedEntity>, String> entry : TABLES.entrySet()) {
				if (entry.getKey() != SharedSecond.class) {
					assertThat(hibernate.insert(entry.getKey())).as(entry.getValue())
						.isEqualTo(promised.get(entry.getValue()))
						.isGreaterThan(120);
				}
			}
		});
	}

	private static void onFreshApplication(String ddlAuto, BiConsumer<SequenceGuard, FreshHibernate> consumer) {
		try (EngineFixture application = EngineFixture.on(URL, "sa", TABLES.keySet().toArray(Class<?>[]::new))
			.hibernate("hibernate.hbm2ddl.auto", ddlAuto)
			.start()) {
			consumer.accept(application.guard(), new FreshHibernate(application.entityManagerFactory()));
		}
	}

	private static TargetReport.Checked checked(SeqGuardReport report, String table) {
		List<TargetReport> targets = report.dataSources().get(0).targets();
		return targets.stream()
			.filter((target) -> target.identity().table().equalsIgnoreCase(table))
			.map(TargetReport.Checked.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static GeneratedEntity newEntity(Class<? extends GeneratedEntity> type) {
		try {
			return type.getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A freshly started application's Hibernate; its own class, so that discovering this
	 * test class does not load JPA (the {@code without-hibernate} execution).
	 */
	private static final class FreshHibernate {

		private final EntityManagerFactory factory;

		FreshHibernate(EntityManagerFactory factory) {
			this.factory = factory;
		}

		/** The first id a fresh application hands out, without inserting. */
		long draw(Class<? extends GeneratedEntity> type) {
			return handOut(type, false);
		}

		/** Inserts a row of a fresh application, and returns its id. */
		long insert(Class<? extends GeneratedEntity> type) {
			return handOut(type, true);
		}

		private long handOut(Class<? extends GeneratedEntity> type, boolean commit) {
			EntityManager entityManager = this.factory.createEntityManager();
			try {
				entityManager.getTransaction().begin();
				GeneratedEntity entity = newEntity(type);
				entityManager.persist(entity);
				if (commit) {
					entityManager.flush();
					entityManager.getTransaction().commit();
				}
				return entity.id();
			}
			finally {
				if (entityManager.getTransaction().isActive()) {
					entityManager.getTransaction().rollback();
				}
				entityManager.close();
			}
		}

	}

}
