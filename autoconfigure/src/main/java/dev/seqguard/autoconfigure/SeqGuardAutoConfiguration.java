package dev.seqguard.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.inspection.InspectionSettings;
import dev.seqguard.inspection.TableFilter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures SeqGuard for every Hibernate {@code EntityManagerFactory}, or without
 * Hibernate JPA for every {@link DataSource} ({@link GuardedDataSources}): the
 * {@link SequenceGuard} bean and the check at startup.
 * <p>
 * Ordered after JPA and the migration tools so that the tables it checks are the migrated
 * ones. Both Boot lines compile this class: it names their auto-configurations (Boot 4's
 * first, then Boot 3's), and Spring Boot ignores names of classes that are not present.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration",
		"org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
		"org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration",
		"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
		"org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration" })
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "seqguard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SeqGuardProperties.class)
public final class SeqGuardAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SequenceGuard sequenceGuard(SeqGuardProperties properties, ListableBeanFactory beanFactory) {
		InspectionSettings settings = new InspectionSettings(properties.getStatementTimeout(),
				new TableFilter(properties.getInclude(), properties.getExclude()), properties.getExhaustionThreshold());
		GuardedDataSources dataSources = GuardedDataSources.find(beanFactory);
		List<SequenceMapping> sequences = properties.getSequences()
			.entrySet()
			.stream()
			.map((entry) -> SequenceMapping.parse(entry.getKey(), entry.getValue()))
			.toList();
		return new SequenceGuard(withRepairRole(dataSources.dataSources(), properties.getRepair()),
				settings.withSchemas(dataSources.scope(properties).withSequences(sequences)),
				properties.getRepair().getLockTimeout());
	}

	private static List<GuardedDataSource> withRepairRole(List<GuardedDataSource> dataSources,
			SeqGuardProperties.Repair repair) {
		String username = repair.getUsername();
		if (username == null) {
			return dataSources;
		}
		return dataSources.stream()
			.map((dataSource) -> dataSource.withRepairDataSource(
					new RepairRoleDataSource(dataSource.dataSource(), username, repair.getPassword())))
			.toList();
	}

	@Bean
	@ConditionalOnMissingBean
	SeqGuardStartupCheck seqGuardStartupCheck(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
		return new SeqGuardStartupCheck(sequenceGuard, properties.getMode());
	}

	@Bean
	@ConditionalOnMissingBean
	SeqGuardRefresher seqGuardRefresher(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
		return new SeqGuardRefresher(sequenceGuard, properties.getRefreshInterval(),
				properties.getMode() == SeqGuardProperties.Mode.REPAIR);
	}

}
