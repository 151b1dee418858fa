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
		return new FailureAnalysis("SeqGuard's " + cause.getProblem() + ".",
				"In your build, " + cause.getAction() + ".", cause);
	}

}
