package dev.seqguard.autoconfigure;

import dev.seqguard.settings.Switches;

/**
 * The starter's {@code seqguard.*} properties, as the engine's messages name them:
 * {@code -- or set seqguard.mode=repair}.
 */
final class PropertySwitches {

	/** The property that maps a sequence to the column it numbers. */
	static final String SEQUENCES = "seqguard.sequences";

	/** Every setting the engine's messages point to, by its property. */
	static final Switches PROPERTIES = new Switches("set", "seqguard.mode=repair", "seqguard.mode=report",
			"seqguard.statement-timeout", "seqguard.repair.lock-timeout", "seqguard.include", "seqguard.exclude",
			"seqguard.tenant-schemas", SEQUENCES, "seqguard.repair.username");

	private PropertySwitches() {
	}

}
