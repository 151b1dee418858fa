/**
 * PostgreSQL as an engine ({@link PostgresEngine}): the session a check starts, the
 * servers that only call themselves PostgreSQL, and the composition of the catalog, read
 * and repair packages below.
 */
@NullMarked
package dev.seqguard.engine.postgresql;

import org.jspecify.annotations.NullMarked;
