package dev.seqguard.concurrency;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/**
 * Inserted without pause through Hibernate's pooled SEQUENCE generator (blocks of 50).
 */
@Entity
public class HotPooled {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hot_pooled_gen")
	@SequenceGenerator(name = "hot_pooled_gen", sequenceName = "hot_pooled_seq", allocationSize = 50)
	Long id;

}
