package dev.seqguard.cli;

import dev.seqguard.settings.Switches;

/**
 * The command's flags, as the engine's messages name them: {@code -- or run with --mode
 * repair}. The command has no flag for the timeouts, the table patterns, the tenant
 * schemas, the sequence mappings or a role of the repair's own: for those the engine says
 * what to do in plain words.
 */
final class FlagSwitches {

	/** Every setting the engine's messages point to that the command has, by its flag. */
	static final Switches FLAGS = new Switches("run with", "--mode repair", "--mode report", null, null, null, null,
			null, null, null);

	private FlagSwitches() {
	}

}
