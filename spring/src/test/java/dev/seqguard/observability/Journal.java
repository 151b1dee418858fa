package dev.seqguard.observability;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Pooled sequence, blocks of 10. */
@Entity
public class Journal {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_gen")
	@SequenceGenerator(name = "journal_gen", sequenceName = "journal_seq", allocationSize = 10)
	Long id;

}
