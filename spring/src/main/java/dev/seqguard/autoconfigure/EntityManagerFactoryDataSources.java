package dev.seqguard.autoconfigure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.discovery.DistinctTargets;
import dev.seqguard.discovery.HibernateTargetDiscovery;
import dev.seqguard.discovery.Target;
import dev.seqguard.report.LifecycleMessages;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;

/**
 * Finds the datasource behind every {@link EntityManagerFactory} bean and the entities
 * each one maps.
 * <p>
 * Entity manager factories on the same datasource are checked together; a datasource is
 * named after its bean.
 */
final class EntityManagerFactoryDataSources {

	private static final Log logger = LogFactory.getLog("dev.seqguard");

	private EntityManagerFactoryDataSources() {
	}

	static List<GuardedDataSource> find(ListableBeanFactory beanFactory) {
		IdentityHashMap<DataSource, String> dataSourceNames = new IdentityHashMap<>();
		beanFactory.getBeansOfType(DataSource.class, false, false)
			.forEach((name, dataSource) -> dataSourceNames.putIfAbsent(dataSource, name));
		Map<DataSource, List<EntityManagerFactory>> factoriesByDataSource = new LinkedHashMap<>();
		IdentityHashMap<DataSource, String> names = new IdentityHashMap<>();
		beanFactory.getBeansOfType(EntityManagerFactory.class, false, false).forEach((name, factory) -> {
			DataSource dataSource = (factory instanceof EntityManagerFactoryInfo info) ? info.getDataSource() : null;
			if (dataSource == null) {
				logger.info(LifecycleMessages.skipsEntityManagerFactory(name));
				return;
			}
			factoriesByDataSource.computeIfAbsent(dataSource, (key) -> new ArrayList<>()).add(factory);
			names.putIfAbsent(dataSource, dataSourceNames.getOrDefault(dataSource, name + "DataSource"));
		});
		List<GuardedDataSource> guarded = new ArrayList<>();
		factoriesByDataSource.forEach((dataSource, factories) -> guarded.add(new GuardedDataSource(
				names.getOrDefault(dataSource, "dataSource"), dataSource, () -> discover(factories))));
		return guarded;
	}

	/**
	 * Targets of every factory on one datasource, one per id column (the checked one when
	 * entities share it).
	 */
	private static List<Target> discover(List<EntityManagerFactory> factories) {
		DistinctTargets targets = new DistinctTargets();
		for (EntityManagerFactory factory : factories) {
			targets.addAll(HibernateTargetDiscovery.discover(factory));
		}
		return targets.list();
	}

}
