package dev.seqguard.mappings.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Inserts into {@code journal} with ids from its IDENTITY column. */
@Entity
@Table(name = "journal")
public class JournalEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
