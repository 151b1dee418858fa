/**
 * H2 2.x as an engine ({@link H2Engine}): discovery from {@code INFORMATION_SCHEMA}, the
 * state reads of identity columns and sequences, and the repair with
 * {@code RESTART WITH}; everything it judges and reports is the engine-neutral
 * measurement's.
 */
@NullMarked
package dev.seqguard.engine.h2;

import org.jspecify.annotations.NullMarked;
