package dev.seqguard.mappings.steps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * {@code allocationSize = 1} (optimizer none) on a sequence that steps by 5, tolerated by
 * Hibernate.
 */
@Entity
public class Token {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "token_gen")
	@SequenceGenerator(name = "token_gen", sequenceName = "token_seq", allocationSize = 1)
	Long id;

}
