package dev.seqguard.mappings.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only view of {@code journal} with assigned ids, beside {@link JournalEntry}. */
@Entity
@Immutable
@Table(name = "journal")
public class JournalView {

	@Id
	Long id;

}
