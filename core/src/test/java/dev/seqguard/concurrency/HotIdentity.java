package dev.seqguard.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Inserted without pause through Hibernate's IDENTITY generator. */
@Entity
public class HotIdentity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
