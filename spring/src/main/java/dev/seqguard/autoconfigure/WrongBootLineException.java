package dev.seqguard.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A SeqGuard artifact of one Spring Boot line on an application of another.
 */
public class WrongBootLineException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final String problem;

	private final String action;

	WrongBootLineException(BootLine builtFor, String runningVersion, @Nullable BootLine matching) {
		this(builtFor.autoconfigure() + " is built for Spring Boot " + builtFor.major()
				+ ".x, but this application runs Spring Boot " + runningVersion, use(matching));
	}

	private WrongBootLineException(String problem, String action) {
		super(problem + ": " + action);
		this.problem = problem;
		this.action = action;
	}

	/**
	 * Returns what is wrong: the artifact's line and the application's Boot version.
	 * @return the problem, one sentence without its full stop
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * Returns what to do instead, naming the artifact to use.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

	private static String use(@Nullable BootLine matching) {
		return (matching != null)
				? "replace it by dev.seqguard:" + matching.starter() + " (the same SeqGuard, built for Spring Boot "
						+ matching.major() + ")"
				: "SeqGuard is built for Spring Boot " + BootLine.BOOT_3.major() + " (" + BootLine.BOOT_3.starter()
						+ ") and " + BootLine.BOOT_4.major() + " (" + BootLine.BOOT_4.starter() + ") only";
	}

}
