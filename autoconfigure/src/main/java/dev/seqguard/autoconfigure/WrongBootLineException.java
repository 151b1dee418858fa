package dev.seqguard.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A SeqGuard artifact of one Spring Boot line on an application of another.
 */
public class WrongBootLineException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final BootLine builtFor;

	private final String runningVersion;

	private final @Nullable BootLine matching;

	WrongBootLineException(BootLine builtFor, String runningVersion, @Nullable BootLine matching) {
		super(builtFor.autoconfigure() + " is built for Spring Boot " + builtFor.major() + ".x, but this application"
				+ " runs Spring Boot " + runningVersion + ": " + use(matching));
		this.builtFor = builtFor;
		this.runningVersion = runningVersion;
		this.matching = matching;
	}

	/**
	 * Returns the line of the artifact on the classpath.
	 * @return the line it was built for
	 */
	public BootLine getBuiltFor() {
		return this.builtFor;
	}

	/**
	 * Returns the application's Spring Boot version.
	 * @return the running version
	 */
	public String getRunningVersion() {
		return this.runningVersion;
	}

	/**
	 * Returns what to do instead, naming the artifact to use.
	 * @return the action
	 */
	public String getAction() {
		return use(this.matching);
	}

	private static String use(@Nullable BootLine matching) {
		return (matching != null)
				? "replace it by dev.seqguard:" + matching.starter() + " (the same SeqGuard, built for Spring Boot "
						+ matching.major() + ")"
				: "SeqGuard is built for Spring Boot " + BootLine.BOOT_3.major() + " (" + BootLine.BOOT_3.starter()
						+ ") and " + BootLine.BOOT_4.major() + " (" + BootLine.BOOT_4.starter() + ") only";
	}

}
