package dev.seqguard.property;

import jakarta.persistence.*;

/**
 * Optimizer none: allocationSize 1 on a sequence that may step by any amount, up or down.
 */
@Entity
@SuppressWarnings("removal")
public class NoneSequenced implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "none_gen")
	@SequenceGenerator(name = "none_gen", sequenceName = "none_seq", allocationSize = 1)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
