/**
 * Finds every sequence-backed primary key from Hibernate's runtime metamodel: entity,
 * table, id column, generator.
 */
@NullMarked
package dev.seqguard.discovery;

import org.jspecify.annotations.NullMarked;
