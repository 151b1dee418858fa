/**
 * Runs a check of one datasource: picks the engine its database runs, holds the read-only
 * transaction and turns the engine's findings into the datasource's report; no Spring.
 */
@NullMarked
package dev.seqguard.inspection;

import org.jspecify.annotations.NullMarked;
