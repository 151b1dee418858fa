package dev.seqguard.settings;

import java.util.List;

import dev.seqguard.discovery.SequenceMapping;

/**
 * Which schemas a check looks at beyond the targets it is given: schemas whose
 * sequence-backed columns are read from the catalog, and tenant schemas in which every
 * given target is checked again.
 * <p>
 * Schemas are matched by glob patterns ({@code *} any run of characters, {@code ?} one
 * character) against the schemas that exist at each check, so a schema created after
 * startup is part of the next check.
 *
 * @param catalogSchemas patterns of schemas whose every column fed by a sequence
 * (IDENTITY, serial, {@code DEFAULT nextval(...)}) is checked
 * @param catalogOnSearchPath whether the schemas of the connection's {@code search_path}
 * ({@code current_schemas(false)}) are catalog schemas too
 * @param tenantSchemas patterns of schemas in which each given target's table is checked
 * again (schema-per-tenant)
 * @param sequences sequences drawn by application code, each with the column it numbers
 * ({@code seqguard.sequences})
 */
public record SchemaScope(List<String> catalogSchemas, boolean catalogOnSearchPath, List<String> tenantSchemas,
		List<SequenceMapping> sequences) {

	/**
	 * Entity name of a target found in the catalog: no entity maps it (as far as the
	 * check knows).
	 */
	public static final String NO_ENTITY = "";

	/**
	 * Generator label of a catalog column whose {@code DEFAULT} draws from a sequence
	 * (serial, bigserial, {@code DEFAULT nextval(...)}).
	 */
	public static final String SEQUENCE_DEFAULT = "serial";

	/** The given targets only: no catalog, no tenant schemas. */
	public static final SchemaScope NONE = new SchemaScope(List.of(), false, List.of());

	/**
	 * Creates a scope.
	 */
	public SchemaScope {
		catalogSchemas = List.copyOf(catalogSchemas);
		tenantSchemas = List.copyOf(tenantSchemas);
		sequences = List.copyOf(sequences);
	}

	/**
	 * Creates a scope without sequences drawn by application code.
	 * @param catalogSchemas patterns of catalog schemas
	 * @param catalogOnSearchPath whether the {@code search_path}'s schemas are catalog
	 * schemas too
	 * @param tenantSchemas patterns of tenant schemas
	 */
	public SchemaScope(List<String> catalogSchemas, boolean catalogOnSearchPath, List<String> tenantSchemas) {
		this(catalogSchemas, catalogOnSearchPath, tenantSchemas, List.of());
	}

	/**
	 * Returns this scope with sequences drawn by application code.
	 * @param sequences the sequences and the columns they number
	 * @return the new scope
	 */
	public SchemaScope withSequences(List<SequenceMapping> sequences) {
		return new SchemaScope(this.catalogSchemas, this.catalogOnSearchPath, this.tenantSchemas, sequences);
	}

	/**
	 * Returns the scope of an application or tool with no entity mapping: the catalog of
	 * the given schemas, or of the {@code search_path} when none are given.
	 * @param catalogSchemas schema patterns, possibly empty
	 * @param tenantSchemas tenant schema patterns, possibly empty
	 * @return the scope
	 */
	public static SchemaScope catalogDefault(List<String> catalogSchemas, List<String> tenantSchemas) {
		return new SchemaScope(catalogSchemas, catalogSchemas.isEmpty(), tenantSchemas);
	}

	/**
	 * Whether the check needs the list of schemas at all.
	 * @return {@code false} when no catalog or tenant schema is asked for
	 */
	public boolean reachesBeyondTargets() {
		return this.catalogOnSearchPath || !this.catalogSchemas.isEmpty() || !this.tenantSchemas.isEmpty();
	}

}
