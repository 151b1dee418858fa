package dev.seqguard.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops an application whose Spring Boot is not the one this SeqGuard artifact was built
 * for, before its context is refreshed, instead of letting SeqGuard stay silent or fail
 * somewhere obscure ({@link WrongBootLineFailureAnalyzer} names the artifact to use).
 * <p>
 * Registered in {@code META-INF/spring.factories} under
 * {@code ApplicationContextInitializer}, a key every Spring Boot line reads; each line
 * registers its own subclass, so with both starters on one classpath the wrong one
 * speaks.
 */
public abstract class BootLineCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final BootLine builtFor;

	/**
	 * Creates the check of one line's artifact.
	 * @param builtFor the line the artifact was compiled against
	 */
	protected BootLineCheck(BootLine builtFor) {
		this.builtFor = builtFor;
	}

	@Override
	public void initialize(ConfigurableApplicationContext applicationContext) {
		check(this.builtFor, SpringBootVersion.getVersion());
	}

	static void check(BootLine builtFor, @Nullable String runningVersion) {
		int runningMajor = major(runningVersion);
		if (runningMajor != -1 && runningMajor != builtFor.major()) {
			throw new WrongBootLineException(builtFor, String.valueOf(runningVersion), BootLine.forMajor(runningMajor));
		}
	}

	private static int major(@Nullable String version) {
		if (version == null) {
			return -1;
		}
		int dot = version.indexOf('.');
		try {
			return Integer.parseInt((dot < 0) ? version : version.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
