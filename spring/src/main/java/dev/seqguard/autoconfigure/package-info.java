/**
 * Auto-configuration for SeqGuard: properties, the {@link dev.seqguard.SequenceGuard}
 * bean and the startup check.
 */
@NullMarked
package dev.seqguard.autoconfigure;

import org.jspecify.annotations.NullMarked;
