/**
 * SeqGuard's entry point: {@link dev.seqguard.SequenceGuard} checks every guarded
 * datasource on demand.
 */
@NullMarked
package dev.seqguard;

import org.jspecify.annotations.NullMarked;
