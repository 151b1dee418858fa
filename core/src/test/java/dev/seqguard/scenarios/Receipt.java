package dev.seqguard.scenarios;

import jakarta.persistence.*;

/**
 * Pooled optimizer on an implicit sequence (receipt_seq, increment 50, initial value -1
 * for Hibernate).
 */
@Entity
public class Receipt {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	Long id;

}
