package dev.seqguard.testsupport;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import dev.seqguard.autoconfigure.SeqGuardStartupCheck;

import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/** The startup check's step, as an application recorded its startup. */
public final class CheckStep {

	private CheckStep() {
	}

	/**
	 * Returns the tags of the ended startup step
	 * {@value SeqGuardStartupCheck#STARTUP_STEP}.
	 * @param startup what the application recorded
	 * @return the tags by key, empty when the step has not ended
	 */
	public static Map<String, String> tags(BufferingApplicationStartup startup) {
		return startup.getBufferedTimeline()
			.getEvents()
			.stream()
			.filter((event) -> event.getStartupStep().getName().equals(SeqGuardStartupCheck.STARTUP_STEP))
			.findFirst()
			.map((event) -> StreamSupport.stream(event.getStartupStep().getTags().spliterator(), false)
				.collect(Collectors.toMap(StartupStep.Tag::getKey, StartupStep.Tag::getValue)))
			.orElse(Map.of());
	}

}
