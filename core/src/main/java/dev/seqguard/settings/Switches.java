package dev.seqguard.settings;

import org.jspecify.annotations.Nullable;

/**
 * How an operator changes each setting that the engine's messages point to, in the words
 * of the front end that runs the engine: the starter's properties, the command line's
 * flags. A {@code null} setting is one the front end does not have; the message then says
 * what to do in plain words and names no switch.
 *
 * @param verb how a setting is given, before its name: {@code set} for a property,
 * {@code run with} for a flag
 * @param repairMode the setting that repairs drifted sequences
 * @param reportMode the setting that only reports
 * @param statementTimeout the setting of the longest wait for each statement of a check
 * @param lockTimeout the setting of the repair's longest wait for its locks
 * @param include the setting of the patterns of the tables checked
 * @param exclude the setting of the patterns of the tables left out
 * @param tenantSchemas the setting of the tenant schemas checked
 * @param sequences the setting that maps a sequence to the column it numbers, before
 * {@code [sequence]=table.column}
 * @param repairRole the setting of a role for the repair
 */
public record Switches(String verb, @Nullable String repairMode, @Nullable String reportMode,
		@Nullable String statementTimeout, @Nullable String lockTimeout, @Nullable String include,
		@Nullable String exclude, @Nullable String tenantSchemas, @Nullable String sequences,
		@Nullable String repairRole) {

	/** No switch at all: the engine run by code, which sets what it needs itself. */
	public static final Switches NONE = new Switches("set", null, null, null, null, null, null, null, null, null);

	/**
	 * Says how to give a setting: {@code set seqguard.mode=repair},
	 * {@code run with --mode repair}.
	 * @param setting the setting
	 * @return the words
	 */
	public String give(String setting) {
		return this.verb + " " + setting;
	}

}
