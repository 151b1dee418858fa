/**
 * The locked, forward-only repair of drifted sequences; no Spring.
 */
@NullMarked
package dev.seqguard.repair;

import org.jspecify.annotations.NullMarked;
