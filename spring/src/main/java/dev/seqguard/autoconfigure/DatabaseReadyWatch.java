package dev.seqguard.autoconfigure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
 * see the startup check. Until they all exist (a lazy one may never be), or when Spring
 * Boot's detectors are not on the classpath, the check runs when every singleton exists,
 * as without it.
 */
final class DatabaseReadyWatch implements InstantiationAwareBeanPostProcessor, BeanFactoryAware, EnvironmentAware {

	private static final String DETECTOR_CLASS = "org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector";

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
		if (awaited.isEmpty() && namesOf(beanFactory, OWN_BEANS).noneMatch(beanFactory::isCurrentlyInCreation)) {
			// finished first: creating the check's beans comes back here
			this.finished = true;
			this.finished = start(beanFactory);
		}
	}

	/**
	 * Starts the check, after the beans that observe checks (metrics, observations): they
	 * register with the guard when created.
	 * @return {@code false} when something the check needs is being created, to try at
	 * the next creation
	 */
	private static boolean start(ConfigurableListableBeanFactory beanFactory) {
		try {
			SeqGuardStartupCheck check = beanFactory.getBeanProvider(SeqGuardStartupCheck.class).getIfUnique();
			namesOf(beanFactory, OBSERVING_BEANS).forEach(beanFactory::getBean);
			if (check != null) {
				check.startEarly();
			}
			return true;
		}
		catch (BeanCreationException ex) {
			if (!ex.contains(BeanCurrentlyInCreationException.class)) {
				throw ex;
			}
			return false;
		}
	}

	private static Stream<String> namesOf(ConfigurableListableBeanFactory beanFactory, List<Class<?>> types) {
		return types.stream().flatMap((type) -> Stream.of(beanFactory.getBeanNamesForType(type, false, false)));
	}

	/**
	 * The beans the database's final state waits for, or {@code null} when it cannot be
	 * told: Spring Boot's detectors are missing. A lazy one that is never created keeps
	 * the check at the old moment.
	 */
	private static @Nullable Set<String> awaitedBeans(ConfigurableListableBeanFactory beanFactory,
			Environment environment) {
		ClassLoader classLoader = beanFactory.getBeanClassLoader();
		if (!ClassUtils.isPresent(DETECTOR_CLASS, classLoader)) {
			return null;
		}
		Set<String> names = new LinkedHashSet<>(
				List.of(beanFactory.getBeanNamesForType(DataSource.class, false, false)));
		names.addAll(GuardedDataSources.entityManagerFactoryNames(beanFactory));
		names.addAll(Initializers.detect(beanFactory, environment, classLoader));
		return names;
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
