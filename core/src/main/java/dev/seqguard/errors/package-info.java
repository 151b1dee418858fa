/**
 * Translates a database's errors ({@code SQLException} and its SQLSTATE) into what an
 * operator reads in a report; no engine-specific code paths.
 */
@NullMarked
package dev.seqguard.errors;

import org.jspecify.annotations.NullMarked;
