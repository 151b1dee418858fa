package dev.seqguard.autoconfigure;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.seqguard.engine.postgresql.CheckClasses;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.NativeDetector;

/**
 * Has the classes of a PostgreSQL check loaded and its SQL files read
 * ({@link CheckClasses}) on a thread of its own, {@value #THREAD_NAME}, while the context
 * creates its beans: the datasource and Hibernate's bootstrap take far longer, and the
 * startup check then finds them ready.
 * <p>
 * Like Spring Boot's own background preinitialization, it does not run on a single
 * processor, in a native image, or with the system property {@value #IGNORE_PROPERTY} set
 * to {@code true}.
 */
final class CheckClassPreloader implements BeanFactoryPostProcessor {

	/** Spring Boot's switch for its own background preinitialization. */
	static final String IGNORE_PROPERTY = "spring.backgroundpreinitializer.ignore";

	static final String THREAD_NAME = "seqguard-preload";

	private static final Log logger = LogFactory.getLog(CheckClassPreloader.class);

	/**
	 * The listed classes and SQL files not found, once loaded; {@code null} when it does
	 * not run.
	 */
	private @Nullable CompletableFuture<List<String>> missing;

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (Boolean.getBoolean(IGNORE_PROPERTY) || Runtime.getRuntime().availableProcessors() <= 1
				|| NativeDetector.inNativeImage()) {
			return;
		}
		CompletableFuture<List<String>> loaded = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				List<String> notFound = CheckClasses.load(CheckClasses.class.getClassLoader());
				if (!notFound.isEmpty() && logger.isDebugEnabled()) {
					logger.debug("Classes or SQL files of the check not found to preload: " + notFound);
				}
				loaded.complete(notFound);
			}
			catch (RuntimeException | Error ex) {
				loaded.completeExceptionally(ex);
			}
		}, THREAD_NAME);
		thread.setDaemon(true);
		this.missing = loaded;
		thread.start();
	}

	/**
	 * Returns the listed classes and SQL files not found, once all are loaded.
	 * @return the future, {@code null} when it does not run
	 */
	@Nullable CompletableFuture<List<String>> missing() {
		return this.missing;
	}

}
