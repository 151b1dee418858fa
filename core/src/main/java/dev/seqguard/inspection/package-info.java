/**
 * Reads sequence state and the data's extreme ids from PostgreSQL in batched, read-only
 * statements, and computes drift; no Spring.
 */
@NullMarked
package dev.seqguard.inspection;

import org.jspecify.annotations.NullMarked;
