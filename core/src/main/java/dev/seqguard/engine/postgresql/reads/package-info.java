/**
 * PostgreSQL's read shapes: each sequence's state and each table's extreme id in batched,
 * read-only statements, cold and warm, server-prepared, side by side on connections the
 * pool can spare, a failed part read again in halves.
 */
@NullMarked
package dev.seqguard.engine.postgresql.reads;

import org.jspecify.annotations.NullMarked;
