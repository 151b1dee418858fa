package dev.seqguard.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link WrongBootLineException} into Spring Boot's "APPLICATION FAILED TO START"
 * description, with the artifact to use as the action.
 */
class WrongBootLineFailureAnalyzer extends AbstractFailureAnalyzer<WrongBootLineException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, WrongBootLineException cause) {
		return new FailureAnalysis("SeqGuard's " + cause.getBuiltFor().autoconfigure() + " is built for Spring Boot "
				+ cause.getBuiltFor().major() + ".x, but this application runs Spring Boot " + cause.getRunningVersion()
				+ ".", "In your build, " + cause.getAction() + ".", cause);
	}

}
