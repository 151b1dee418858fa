package dev.seqguard.property;

/**
 * An entity of the property tests: every one has a {@code Long} id that Hibernate
 * generates.
 */
public interface GeneratedEntity {

	Long id();

}
