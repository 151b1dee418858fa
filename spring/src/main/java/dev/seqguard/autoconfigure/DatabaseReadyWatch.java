package dev.seqguard.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import dev.seqguard.CheckObserver;
import dev.seqguard.SeqGuardListener;
import dev.seqguard.SequenceGuard;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.BeanCurrentlyInCreationException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.util.ClassUtils;

/**
 * Starts the startup check on its own thread ({@link SeqGuardStartupCheck#startEarly()})
 * as soon as the database is in its final state, so that it runs beside the rest of the
 * startup; the context still waits for it before any lifecycle bean starts.
 * <p>
 * The database is in its final state when every database initializer Spring Boot knows
 * (Flyway, Liquibase, {@code schema.sql}/{@code data.sql}, also when
 * {@code spring.jpa.defer-datasource-initialization=true} runs them after the entity
 * manager factory, and R2DBC's scripts: its {@code DatabaseInitializerDetector}s), every
 * entity manager factory and every {@code DataSource} bean exists. It watches each bean
 * the context creates, and starts the check at the first creation after the last of
 * those, after creating the beans that watch checks (metrics, observations), so that they
 * see the startup check. When one of them is lazy, or Spring Boot's detectors are not on
 * the classpath, it does nothing and the check runs when every singleton exists, as
 * without it.
 */
final class DatabaseReadyWatch implements InstantiationAwareBeanPostProcessor, BeanFactoryAware, EnvironmentAware {

	private static final String DETECTOR_CLASS = "org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector";

	private static final String ENTITY_MANAGER_FACTORY_CLASS = "jakarta.persistence.EntityManagerFactory";

	/** The beans the check is made of, and the configuration that makes them. */
	private static final List<Class<?>> OWN_BEANS = List.of(SeqGuardAutoConfiguration.class, SeqGuardStartupCheck.class,
			SequenceGuard.class, SeqGuardProperties.class);

	/** The beans that register with the guard to see its checks. */
	private static final List<Class<?>> OBSERVING_BEANS = List.of(SeqGuardListener.class, CheckObserver.class);

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	private @Nullable Environment environment;

	/** The beans still to be created; {@code null} until the singletons are created. */
	private @Nullable Set<String> awaited;

	private boolean finished;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		if (beanFactory instanceof ConfigurableListableBeanFactory configurable) {
			this.beanFactory = configurable;
		}
		else {
			this.finished = true;
		}
	}

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
		watch();
		return null;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		watch();
		return bean;
	}

	private void watch() {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		Environment environment = this.environment;
		// before the configuration is frozen, post-processors are still being created
		if (this.finished || beanFactory == null || environment == null || !beanFactory.isConfigurationFrozen()) {
			return;
		}
		Set<String> awaited = this.awaited;
		if (awaited == null) {
			awaited = awaitedBeans(beanFactory, environment);
			if (awaited == null) {
				this.finished = true;
				return;
			}
			this.awaited = awaited;
		}
		awaited.removeIf(beanFactory::containsSingleton);
		// the check's own beans may be the ones being created (a bean that injects the
		// guard): then it starts at the next creation
		if (awaited.isEmpty() && OWN_BEANS.stream()
			.flatMap((type) -> List.of(beanFactory.getBeanNamesForType(type, false, false)).stream())
			.noneMatch(beanFactory::isCurrentlyInCreation)) {
			this.finished = true;
			SeqGuardStartupCheck check;
			try {
				check = beanFactory.getBeanProvider(SeqGuardStartupCheck.class).getIfUnique();
				// the beans that observe checks (metrics, observations) register with the
				// guard when created: before the check, so that they see it
				for (Class<?> type : OBSERVING_BEANS) {
					for (String name : beanFactory.getBeanNamesForType(type, false, false)) {
						beanFactory.getBean(name);
					}
				}
			}
			catch (BeanCreationException ex) {
				if (!ex.contains(BeanCurrentlyInCreationException.class)) {
					throw ex;
				}
				// something the check needs is being created: at the next creation
				this.finished = false;
				return;
			}
			if (check != null) {
				check.startEarly();
			}
		}
	}

	/**
	 * The beans the database's final state waits for, or {@code null} when it cannot be
	 * told: one of them is not an eager singleton, or the detectors are missing.
	 */
	private static @Nullable Set<String> awaitedBeans(ConfigurableListableBeanFactory beanFactory,
			Environment environment) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (!ClassUtils.isPresent(DETECTOR_CLASS, classLoader)) {
			return null;
		}
		Set<String> names = new LinkedHashSet<>(
				List.of(beanFactory.getBeanNamesForType(DataSource.class, false, false)));
		if (ClassUtils.isPresent(ENTITY_MANAGER_FACTORY_CLASS, classLoader)) {
			names.addAll(Jpa.entityManagerFactories(beanFactory));
		}
		names.addAll(Initializers.detect(beanFactory, environment, classLoader));
		for (String name : names) {
			if (!beanFactory.containsSingleton(name) && !isEagerSingleton(beanFactory, name)) {
				return null;
			}
		}
		return names;
	}

	private static boolean isEagerSingleton(ConfigurableListableBeanFactory beanFactory, String name) {
		if (!beanFactory.containsBeanDefinition(name)) {
			return false;
		}
		BeanDefinition definition = beanFactory.getMergedBeanDefinition(name);
		return definition.isSingleton() && !definition.isLazyInit() && !definition.isAbstract();
	}

	/** Touches JPA's types, so it is loaded only when JPA is present. */
	private static final class Jpa {

		static List<String> entityManagerFactories(ConfigurableListableBeanFactory beanFactory) {
			return List
				.of(beanFactory.getBeanNamesForType(jakarta.persistence.EntityManagerFactory.class, false, false));
		}

	}

	/** Touches Spring Boot's detectors, so it is loaded only when they are present. */
	private static final class Initializers {

		static Set<String> detect(ConfigurableListableBeanFactory beanFactory, Environment environment,
				@Nullable ClassLoader classLoader) {
			Set<String> names = new LinkedHashSet<>();
			for (DatabaseInitializerDetector detector : SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
				.load(DatabaseInitializerDetector.class,
						SpringFactoriesLoader.ArgumentResolver.of(Environment.class, environment))) {
				names.addAll(detector.detect(beanFactory));
			}
			return names;
		}

	}

}
