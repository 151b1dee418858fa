package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** JOINED inheritance: the id lives in the root table. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Animal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
