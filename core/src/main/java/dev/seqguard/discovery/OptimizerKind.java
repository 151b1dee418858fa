package dev.seqguard.discovery;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How Hibernate turns the values of a database sequence into ids; the names match
 * Hibernate's {@code StandardOptimizerDescriptor} external names.
 */
public enum OptimizerKind {

	/** Every id is one {@code nextval}; also IDENTITY and serial columns. */
	NONE("none"),

	/** {@code nextval} is the high end of a block of {@code incrementSize} ids. */
	POOLED("pooled"),

	/** {@code nextval} is the low end of a block of {@code incrementSize} ids. */
	POOLED_LO("pooled-lo"),

	/** Like {@link #POOLED_LO}, one block per thread. */
	POOLED_LOTL("pooled-lotl"),

	/** {@code nextval} (increment 1) numbers blocks of {@code incrementSize} ids. */
	HILO("hilo"),

	/** Hibernate's legacy hi/lo algorithm: blocks of {@code incrementSize + 1} ids. */
	LEGACY_HILO("legacy-hilo");

	private final String externalName;

	OptimizerKind(String externalName) {
		this.externalName = externalName;
	}

	/**
	 * Returns the name Hibernate's configuration uses for this optimizer.
	 * @return the external name, such as {@code pooled-lo}
	 */
	public String externalName() {
		return this.externalName;
	}

	/**
	 * Maps a Hibernate optimizer class to its kind.
	 * @param optimizerClassName simple name of the optimizer class
	 * @return the kind, or {@code null} when SeqGuard does not know the optimizer
	 */
	static @Nullable OptimizerKind fromOptimizerClass(String optimizerClassName) {
		return switch (optimizerClassName.toLowerCase(Locale.ROOT)) {
			case "noopoptimizer" -> NONE;
			case "pooledoptimizer" -> POOLED;
			case "pooledlooptimizer" -> POOLED_LO;
			case "pooledlothreadlocaloptimizer" -> POOLED_LOTL;
			case "hilooptimizer" -> HILO;
			case "legacyhiloalgorithmoptimizer" -> LEGACY_HILO;
			default -> null;
		};
	}

	@Override
	public String toString() {
		return this.externalName;
	}

}
