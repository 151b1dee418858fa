package dev.seqguard.engine.postgresql.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.SequenceMapping;
import dev.seqguard.discovery.SpringBatchSequences;
import dev.seqguard.discovery.Target;
import dev.seqguard.engine.postgresql.reads.ServerPrepared;
import dev.seqguard.engine.postgresql.reads.SqlFiles;
import dev.seqguard.measurement.ResolvedTarget;
import dev.seqguard.settings.Glob;
import dev.seqguard.settings.SchemaScope;

/**
 * A check's targets: those it was given (the entities), then their copies in each tenant
 * schema, then the sequence-backed columns of the catalog schemas, all read from the
 * schemas that exist now, so that a schema created since the last check is part of this
 * one; then the sequences drawn by application code ({@code seqguard.sequences}, Spring
 * Batch's).
 * <p>
 * Where two of these see the same table, the earlier kind wins ({@link #withoutCovered}):
 * an entity knows its generator and optimizer, a tenant copy knows its entity's, the
 * catalog only knows that a sequence feeds the column. An entity whose table exists only
 * in tenant schemas (schema-per-tenant without base tables) is checked there alone.
 */
public final class ScopedTargets {

	/** Every schema but the system's, and which of them are on the search_path. */
	private static final String SCHEMAS_SQL = "select n.nspname::text, n.nspname = any (pg_catalog.current_schemas(false))"
			+ " from pg_catalog.pg_namespace n where not pg_catalog.starts_with(n.nspname::text, 'pg_')"
			+ " and n.nspname <> 'information_schema' order by n.nspname";

	private static final String CATALOG_SQL = SqlFiles.load(ScopedTargets.class, "catalog_targets.sql");

	private final List<Target> targets;

	private final int given;

	private final int tenantCopies;

	/** Per tenant copy, in order, the index of the given target it copies. */
	private final int[] copied;

	private final List<String> onlyInTenantSchemas = new ArrayList<>();

	private final int mappedFrom;

	private final List<SequenceMapping> mappings;

	private final Set<String> schemas;

	private ScopedTargets(List<Target> targets, int given, int[] copied, int mappedFrom, List<SequenceMapping> mappings,
			Set<String> schemas) {
		this.targets = targets;
		this.given = given;
		this.tenantCopies = copied.length;
		this.copied = copied;
		this.mappedFrom = mappedFrom;
		this.mappings = mappings;
		this.schemas = schemas;
	}

	/**
	 * Lists the targets of one check.
	 * @param connection a connection inside the check's transaction
	 * @param given the targets the check was given
	 * @param scope the catalog and tenant schemas
	 * @return the targets
	 * @throws SQLException when the catalog cannot be read
	 */
	public static ScopedTargets list(Connection connection, List<Target> given, SchemaScope scope) throws SQLException {
		List<Target> targets = new ArrayList<>(given);
		List<String> tenantSchemas = new ArrayList<>();
		List<String> catalogSchemas = new ArrayList<>();
		if (scope.reachesBeyondTargets()) {
			readSchemas(connection, scope, tenantSchemas, catalogSchemas);
		}
		List<Integer> copied = new ArrayList<>();
		for (String schema : tenantSchemas) {
			for (int i = 0; i < given.size(); i++) {
				if (given.get(i).isChecked()) {
					targets.add(inSchema(given.get(i), schema));
					copied.add(i);
				}
			}
		}
		if (!catalogSchemas.isEmpty()) {
			readCatalog(connection, catalogSchemas, targets);
		}
		List<SequenceMapping> mappings = new ArrayList<>(scope.sequences());
		mappings.addAll(SpringBatchSequences.ALL);
		int mappedFrom = targets.size();
		for (SequenceMapping mapping : mappings) {
			targets.add(mapping.target());
		}
		Set<String> schemas = new HashSet<>(tenantSchemas);
		schemas.addAll(catalogSchemas);
		int[] copiedIndexes = new int[copied.size()];
		for (int i = 0; i < copiedIndexes.length; i++) {
			copiedIndexes[i] = copied.get(i);
		}
		return new ScopedTargets(targets, given.size(), copiedIndexes, mappedFrom, mappings, schemas);
	}

	private static void readSchemas(Connection connection, SchemaScope scope, List<String> tenantSchemas,
			List<String> catalogSchemas) throws SQLException {
		List<Glob> tenantGlobs = Glob.all(scope.tenantSchemas());
		List<Glob> catalogGlobs = Glob.all(scope.catalogSchemas());
		try (PreparedStatement statement = ServerPrepared.prepare(connection, SCHEMAS_SQL);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				String schema = rows.getString(1);
				if (Glob.anyMatches(tenantGlobs, schema)) {
					tenantSchemas.add(schema);
				}
				if ((scope.catalogOnSearchPath() && rows.getBoolean(2)) || Glob.anyMatches(catalogGlobs, schema)) {
					catalogSchemas.add(schema);
				}
			}
		}
	}

	/**
	 * The same entity in a tenant's schema: its table there, and its sequence there too
	 * unless the sequence lives in a schema of its own.
	 */
	static Target inSchema(Target target, String schema) {
		IdGenerator generator = target.generator();
		if (generator == null) {
			return target;
		}
		DbName sequence = generator.sequence();
		DbName tenantSequence = sequence;
		if (sequence != null && (sequence.schema() == null || sequence.schema().equals(target.table().schema()))) {
			tenantSequence = new DbName(schema, sequence.name());
		}
		IdGenerator tenantGenerator = new IdGenerator(generator.type(), tenantSequence, generator.optimizer(),
				generator.incrementSize(), generator.initialValue(), generator.afterRepair(), generator.row());
		return new Target(target.entity(), new DbName(schema, target.table().name()), target.column(), tenantGenerator,
				target.generatorLabel(), target.kind(), target.reason());
	}

	private static void readCatalog(Connection connection, List<String> schemas, List<Target> targets)
			throws SQLException {
		try (PreparedStatement statement = ServerPrepared.prepare(connection, CATALOG_SQL)) {
			statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					// the label says what the catalog shows: an IDENTITY column or a
					// DEFAULT nextval
					String label = rows.getBoolean(4) ? IdGenerator.IDENTITY.type().label()
							: SchemaScope.SEQUENCE_DEFAULT;
					targets.add(new Target(SchemaScope.NO_ENTITY, new DbName(rows.getString(1), rows.getString(2)),
							rows.getString(3), IdGenerator.IDENTITY, label, Target.Kind.CHECKED, null));
				}
			}
		}
	}

	/**
	 * Returns the targets to resolve: the given ones, then those of the catalog and
	 * tenant schemas.
	 * @return the targets
	 */
	public List<Target> targets() {
		return this.targets;
	}

	/**
	 * The tenant and catalog schemas this check looks at.
	 * @return the schema names
	 */
	public Set<String> schemas() {
		return this.schemas;
	}

	/**
	 * Drops each tenant copy whose table an entity already sees, each catalog column
	 * whose table an entity or a tenant copy sees, each entity whose table does not exist
	 * where its mapping points but does in a tenant schema, and each mapped sequence that
	 * is already checked on its table, or does not exist here
	 * ({@link MappedSequences#keeps}).
	 * @param resolved the resolved targets, in the order of {@link #targets()}
	 * @return the targets to measure
	 */
	public List<ResolvedTarget> withoutCovered(List<ResolvedTarget> resolved) {
		Set<Integer> tenantOnly = tenantOnly(resolved);
		Set<Long> covered = new HashSet<>();
		Set<Long> seen = new HashSet<>();
		Set<String> drawn = new HashSet<>();
		List<ResolvedTarget> kept = new ArrayList<>(resolved.size());
		for (int i = 0; i < resolved.size(); i++) {
			if (i == this.given || i == this.given + this.tenantCopies) {
				covered.addAll(seen);
			}
			if (tenantOnly.contains(i)) {
				continue;
			}
			ResolvedTarget target = resolved.get(i);
			if (i >= this.mappedFrom) {
				if (MappedSequences.keeps(target, this.mappings.get(i - this.mappedFrom), drawn)) {
					kept.add(target);
				}
				continue;
			}
			ResolvedTarget.Table table = target.table();
			if (table != null && covered.contains(table.oid())) {
				continue;
			}
			if (table != null) {
				seen.add(table.oid());
				drawn.add(MappedSequences.drawKey(table, target));
			}
			kept.add(target);
		}
		return kept;
	}

	/**
	 * The given targets whose table is missing while a tenant copy's table exists: the
	 * base schema of a schema-per-tenant application holds no tables.
	 */
	private Set<Integer> tenantOnly(List<ResolvedTarget> resolved) {
		Set<Integer> tenantOnly = new HashSet<>();
		for (int copy = 0; copy < this.tenantCopies; copy++) {
			int original = this.copied[copy];
			if (resolved.get(original).table() == null && resolved.get(this.given + copy).table() != null
					&& tenantOnly.add(original)) {
				this.onlyInTenantSchemas.add(resolved.get(original).target().table().toString());
			}
		}
		return tenantOnly;
	}

	/** The entity tables {@link #withoutCovered} checked in tenant schemas only. */
	public List<String> onlyInTenantSchemas() {
		return this.onlyInTenantSchemas;
	}

}
