/**
 * The engine abstraction: what a database engine supplies ({@link Engine}: its catalog
 * queries, state reads and repair) and what its check returns. Each engine lives in a
 * package of its own below this one, so that a second engine is added beside the first
 * and the engine-neutral packages never depend on either.
 */
@NullMarked
package dev.seqguard.engine;

import org.jspecify.annotations.NullMarked;
