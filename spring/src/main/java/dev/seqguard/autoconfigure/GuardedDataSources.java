package dev.seqguard.autoconfigure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.settings.Glob;
import dev.seqguard.settings.SchemaScope;
import dev.seqguard.report.LifecycleMessages;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * The datasources SeqGuard checks, and where it looks in each: every {@link DataSource}
 * bean but those {@code seqguard.datasources.exclude} names. One that backs a Hibernate
 * entity manager factory is checked by its entities first (and the catalog schemas when
 * set); every other one (Spring Data JDBC, jOOQ, {@code JdbcTemplate}) from the catalog,
 * over its {@code search_path} unless catalog schemas are set; and SeqGuard's own
 * connection ({@link OwnDataSource}) the same way, for R2DBC applications.
 * <p>
 * Hibernate's and JPA's classes are touched only when they are on the classpath.
 */
final class GuardedDataSources {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private static final String ENTITY_MANAGER_FACTORY_CLASS = "jakarta.persistence.EntityManagerFactory";

	private static final List<String> HIBERNATE_JPA_CLASSES = List.of(
			"org.hibernate.engine.spi.SessionFactoryImplementor",
			"org.springframework.orm.jpa.EntityManagerFactoryInfo", ENTITY_MANAGER_FACTORY_CLASS);

	private GuardedDataSources() {
	}

	/**
	 * Finds the datasources to check; names each excluded one in one INFO line.
	 * @param beanFactory the application's bean factory
	 * @param properties the properties
	 * @return the datasources, each with its own scope
	 */
	static List<GuardedDataSource> find(ListableBeanFactory beanFactory, SeqGuardProperties properties,
			Environment environment) {
		List<String> catalogSchemas = properties.getCatalog().getSchemas();
		List<String> tenantSchemas = properties.getTenantSchemas();
		List<Glob> excluded = properties.getDatasources().getExclude().stream().map(Glob::new).toList();
		List<GuardedDataSource> guarded = new ArrayList<>();
		Set<DataSource> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		if (hibernateJpaPresent(beanFactory) && !entityManagerFactoryNames(beanFactory).isEmpty()) {
			SchemaScope entityScope = new SchemaScope(catalogSchemas, false, tenantSchemas);
			for (GuardedDataSource dataSource : EntityManagerFactoryDataSources.find(beanFactory)) {
				seen.add(dataSource.dataSource());
				if (!isExcluded(excluded, dataSource.name())) {
					guarded.add(dataSource.withSchemas(entityScope));
				}
			}
		}
		SchemaScope catalogScope = SchemaScope.catalogDefault(catalogSchemas, tenantSchemas);
		for (Map.Entry<String, DataSource> bean : beanFactory.getBeansOfType(DataSource.class, false, false)
			.entrySet()) {
			if (seen.add(bean.getValue()) && !isExcluded(excluded, bean.getKey())) {
				guarded.add(GuardedDataSource.of(bean.getKey(), bean.getValue(), List.of()).withSchemas(catalogScope));
			}
		}
		GuardedDataSource own = OwnDataSource.find(properties.getDatasource(), environment, seen.isEmpty(),
				classLoader(beanFactory));
		if (own != null && !isExcluded(excluded, own.name())) {
			guarded.add(own.withSchemas(catalogScope));
		}
		return guarded;
	}

	private static boolean isExcluded(List<Glob> excluded, String name) {
		for (Glob glob : excluded) {
			if (glob.matches(name)) {
				logger.info(StarterMessages.leavesOutDataSource(name, glob.pattern()));
				return true;
			}
		}
		return false;
	}

	/** On the application's class loader, as Spring Boot's conditions look. */
	private static boolean hibernateJpaPresent(ListableBeanFactory beanFactory) {
		ClassLoader classLoader = classLoader(beanFactory);
		return HIBERNATE_JPA_CLASSES.stream().allMatch((name) -> ClassUtils.isPresent(name, classLoader));
	}

	private static @Nullable ClassLoader classLoader(ListableBeanFactory beanFactory) {
		return (beanFactory instanceof ConfigurableBeanFactory configurable) ? configurable.getBeanClassLoader() : null;
	}

	/**
	 * The names of the context's entity manager factories, none without JPA on the
	 * classpath.
	 * @param beanFactory the application's bean factory
	 * @return the bean names
	 */
	static List<String> entityManagerFactoryNames(ListableBeanFactory beanFactory) {
		return ClassUtils.isPresent(ENTITY_MANAGER_FACTORY_CLASS, classLoader(beanFactory))
				? Jpa.entityManagerFactoryNames(beanFactory) : List.of();
	}

	/** Touches JPA's types, so it is loaded only when JPA is present. */
	private static final class Jpa {

		static List<String> entityManagerFactoryNames(ListableBeanFactory beanFactory) {
			return List
				.of(beanFactory.getBeanNamesForType(jakarta.persistence.EntityManagerFactory.class, false, false));
		}

	}

}
