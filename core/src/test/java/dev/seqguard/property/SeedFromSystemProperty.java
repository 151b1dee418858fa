package dev.seqguard.property;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a run choose the seed and the number of tries from the command line, which jqwik
 * itself does not offer: {@code -Dseqguard.seed=<the seed jqwik printed>} replays a run,
 * {@code -Dseqguard.tries=<n>} runs more or fewer tries. The number of tries shapes what
 * jqwik generates, so replay a seed with the tries of the run that printed it.
 */
public class SeedFromSystemProperty implements AroundPropertyHook {

	@Override
	public PropagationMode propagateTo() {
		// registered on a test class, it must reach the class's properties
		return PropagationMode.ALL_DESCENDANTS;
	}

	@Override
	public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
		String seed = System.getProperty("seqguard.seed");
		if (seed != null && !seed.isBlank()) {
			context.attributes().setSeed(seed.trim());
			// a failure stored by an earlier run would otherwise be replayed instead of
			// the seed asked for
			context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
		}
		String tries = System.getProperty("seqguard.tries");
		if (tries != null && !tries.isBlank()) {
			context.attributes().setTries(Integer.valueOf(tries.trim()));
		}
		return property.execute();
	}

}
