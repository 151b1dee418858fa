package dev.seqguard.mappings.shared;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A read-only view of {@code ledger} with assigned ids, beside {@link LedgerWriter}. */
@Entity
@Immutable
@Table(name = "ledger")
public class LedgerReader {

	@Id
	Long id;

}
