/**
 * The arithmetic of drift, the same on every engine: a sequence's usable range, its next
 * value and first id, the lag and usage of a table, and what a drifted sequence is; no
 * SQL, no engine.
 */
@NullMarked
package dev.seqguard.drift;

import org.jspecify.annotations.NullMarked;
