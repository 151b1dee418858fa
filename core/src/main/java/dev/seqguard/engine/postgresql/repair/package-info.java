/**
 * PostgreSQL's repair: a {@code setval} that moves a sequence only forward, under an
 * advisory lock, the sequence's lock and the tables' locks, each bounded in time.
 */
@NullMarked
package dev.seqguard.engine.postgresql.repair;

import org.jspecify.annotations.NullMarked;
