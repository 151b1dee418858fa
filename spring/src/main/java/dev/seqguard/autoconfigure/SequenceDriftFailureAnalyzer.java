package dev.seqguard.autoconfigure;

import dev.seqguard.SequenceDriftException;
import dev.seqguard.report.Messages;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns drift found in {@code seqguard.mode=fail} into Spring Boot's "APPLICATION FAILED
 * TO START" description: what drifted, the statement that fixes each table, and the
 * repair mode as the action.
 */
class SequenceDriftFailureAnalyzer extends AbstractFailureAnalyzer<SequenceDriftException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SequenceDriftException cause) {
		return new FailureAnalysis(Messages.driftFound(cause.getDrifted()),
				Messages.driftAction(PropertySwitches.PROPERTIES), cause);
	}

}
