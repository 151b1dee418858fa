package dev.seqguard.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.settings.TableFilter;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.env.Environment;

/**
 * Auto-configures SeqGuard for every {@link DataSource} bean, by its entities where it
 * backs a Hibernate {@code EntityManagerFactory}, and for an R2DBC application through a
 * JDBC connection of its own ({@link GuardedDataSources}): the {@link SequenceGuard} bean
 * and the check at startup.
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
		"org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
		"org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration",
		"org.springframework.boot.autoconfigure.r2dbc.R2dbcAutoConfiguration" })
@Conditional(SeqGuardAutoConfiguration.OnDatabase.class)
@ConditionalOnBooleanProperty(name = "seqguard.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SeqGuardProperties.class)
@ImportRuntimeHints(SeqGuardRuntimeHints.class)
public final class SeqGuardAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SequenceGuard sequenceGuard(SeqGuardProperties properties, ListableBeanFactory beanFactory,
			Environment environment) {
		InspectionSettings settings = new InspectionSettings(properties.getStatementTimeout(),
				new TableFilter(properties.getInclude(), properties.getExclude()), properties.getExhaustionThreshold());
		List<SequenceMapping> sequences = properties.getSequences()
			.entrySet()
			.stream()
			.map((entry) -> SequenceMapping.parse(PropertySwitches.SEQUENCES, entry.getKey(), entry.getValue()))
			.toList();
		List<GuardedDataSource> dataSources = GuardedDataSources.find(beanFactory, properties, environment);
		return new SequenceGuard(withRepairRole(dataSources, properties.getRepair()),
				settings.withSchemas(settings.schemas().withSequences(sequences))
					.withSwitches(PropertySwitches.PROPERTIES),
				properties.getRepair().getLockTimeout());
	}

	private static List<GuardedDataSource> withRepairRole(List<GuardedDataSource> dataSources,
			SeqGuardRepairProperties repair) {
		String username = repair.getUsername();
		if (username == null) {
			return dataSources;
		}
		return dataSources.stream()
			.map((dataSource) -> dataSource.withRepairDataSource(
					new RepairRoleDataSource(dataSource.dataSource(), username, repair.getPassword())))
			.toList();
	}

	/**
	 * A database to check: a {@link DataSource} bean, {@code seqguard.datasource.url}, or
	 * an R2DBC application's {@code spring.r2dbc.url}.
	 */
	static final class OnDatabase extends AnyNestedCondition {

		OnDatabase() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnBean(DataSource.class)
		static final class DataSourceBean {

		}

		@ConditionalOnProperty("seqguard.datasource.url")
		static final class OwnUrl {

		}

		@ConditionalOnProperty("spring.r2dbc.url")
		static final class R2dbcUrl {

		}

	}

	@Bean
	@ConditionalOnMissingBean
	SeqGuardStartupCheck seqGuardStartupCheck(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
		return new SeqGuardStartupCheck(sequenceGuard, properties.getMode());
	}

	@Bean
	@ConditionalOnClass(name = "org.postgresql.Driver")
	static CheckClassPreloader seqGuardCheckClassPreloader() {
		return new CheckClassPreloader();
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "seqguard.start-early", matchIfMissing = true)
	static DatabaseReadyWatch seqGuardDatabaseReadyWatch() {
		return new DatabaseReadyWatch();
	}

	@Bean
	@ConditionalOnMissingBean
	SeqGuardRefresher seqGuardRefresher(SequenceGuard sequenceGuard, SeqGuardProperties properties) {
		return new SeqGuardRefresher(sequenceGuard, properties.getRefreshInterval(),
				properties.getMode() == SeqGuardProperties.Mode.REPAIR, properties.getStatementTimeout());
	}

}
