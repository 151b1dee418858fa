package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Pooled optimizer: explicit @SequenceGenerator, allocationSize 50. */
@Entity
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_gen")
	@SequenceGenerator(name = "invoice_gen", sequenceName = "invoice_seq", allocationSize = 50)
	Long id;

}
