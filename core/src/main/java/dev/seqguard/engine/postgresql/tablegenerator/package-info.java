/**
 * Hibernate's TABLE generator on PostgreSQL: the check of each generator row against its
 * tables' largest id, and the row's repair under a row lock.
 */
@NullMarked
package dev.seqguard.engine.postgresql.tablegenerator;

import org.jspecify.annotations.NullMarked;
