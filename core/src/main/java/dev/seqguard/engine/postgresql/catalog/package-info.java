/**
 * PostgreSQL's target resolution: which tables, columns and sequences the targets name in
 * {@code pg_catalog}, the catalog and tenant schemas, the sequences no target uses, and
 * the {@code seqguard.sequences} mappings; the SQL lies next to the classes as
 * {@code .sql} resources.
 */
@NullMarked
package dev.seqguard.engine.postgresql.catalog;

import org.jspecify.annotations.NullMarked;
