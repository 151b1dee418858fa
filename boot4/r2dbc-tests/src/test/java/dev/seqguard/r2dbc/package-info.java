/**
 * A Spring Data R2DBC application checked by SeqGuard through a JDBC connection of its
 * own.
 */
@NullMarked
package dev.seqguard.r2dbc;

import org.jspecify.annotations.NullMarked;
