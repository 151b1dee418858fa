package dev.seqguard.autoconfigure;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.jspecify.annotations.Nullable;

/**
 * Tells a native image what SeqGuard reads at run time: the catalog queries the engine
 * loads as {@code .sql} resources next to each engine's classes.
 */
class SeqGuardRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern("dev/seqguard/engine/**/*.sql");
	}

}
