package dev.seqguard.mappings.custom;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Ids from a custom generator declared with {@code @IdGeneratorType} (sequence
 * {@code voucher_seq}, Hibernate's default increment 50).
 */
@Entity
public class Voucher {

	@Id
	@Tenfold
	Long id;

}
