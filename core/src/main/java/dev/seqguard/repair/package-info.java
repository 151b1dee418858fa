/**
 * What every engine's repair shares: the result of a repair, its log lines, the report
 * after it, the ids that survive a move and the limits a move cannot pass; the moves
 * themselves are each engine's. No Spring.
 */
@NullMarked
package dev.seqguard.repair;

import org.jspecify.annotations.NullMarked;
