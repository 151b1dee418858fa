package dev.seqguard.autoconfigure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.inspection.SchemaScope;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.util.ClassUtils;

/**
 * The datasources SeqGuard checks, and where it looks in them: with Hibernate JPA, the
 * datasource of every entity manager factory, its entities first; without it (Spring Data
 * JDBC, jOOQ, {@code JdbcTemplate}), every {@link DataSource} bean, from the catalog.
 * <p>
 * Hibernate's and JPA's classes are touched only when they are on the classpath.
 */
final class GuardedDataSources {

	private static final List<String> HIBERNATE_JPA_CLASSES = List.of(
			"org.hibernate.engine.spi.SessionFactoryImplementor",
			"org.springframework.orm.jpa.EntityManagerFactoryInfo", "jakarta.persistence.EntityManagerFactory");

	private final List<GuardedDataSource> dataSources;

	private final boolean entities;

	private GuardedDataSources(List<GuardedDataSource> dataSources, boolean entities) {
		this.dataSources = dataSources;
		this.entities = entities;
	}

	static GuardedDataSources find(ListableBeanFactory beanFactory) {
		if (hibernateJpaPresent(beanFactory) && Jpa.hasEntityManagerFactories(beanFactory)) {
			return new GuardedDataSources(EntityManagerFactoryDataSources.find(beanFactory), true);
		}
		List<GuardedDataSource> dataSources = new ArrayList<>();
		IdentityHashMap<DataSource, String> seen = new IdentityHashMap<>();
		beanFactory.getBeansOfType(DataSource.class, false, false).forEach((name, dataSource) -> {
			if (seen.putIfAbsent(dataSource, name) == null) {
				dataSources.add(GuardedDataSource.of(name, dataSource, List.of()));
			}
		});
		return new GuardedDataSources(dataSources, false);
	}

	List<GuardedDataSource> dataSources() {
		return this.dataSources;
	}

	/**
	 * Where the checks look beyond the entities: the catalog schemas by default over the
	 * {@code search_path} when there are no entities, and the tenant schemas.
	 * @param properties the properties
	 * @return the scope
	 */
	SchemaScope scope(SeqGuardProperties properties) {
		List<String> catalogSchemas = properties.getCatalog().getSchemas();
		List<String> tenantSchemas = properties.getTenantSchemas();
		return this.entities ? new SchemaScope(catalogSchemas, false, tenantSchemas)
				: SchemaScope.catalogDefault(catalogSchemas, tenantSchemas);
	}

	/** On the application's class loader, as Spring Boot's conditions look. */
	private static boolean hibernateJpaPresent(ListableBeanFactory beanFactory) {
		ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
				? configurable.getBeanClassLoader() : null;
		return HIBERNATE_JPA_CLASSES.stream().allMatch((name) -> ClassUtils.isPresent(name, classLoader));
	}

	/** Touches JPA's types, so it is loaded only when JPA is present. */
	private static final class Jpa {

		static boolean hasEntityManagerFactories(ListableBeanFactory beanFactory) {
			return beanFactory.getBeanNamesForType(jakarta.persistence.EntityManagerFactory.class, false,
					false).length > 0;
		}

	}

}
