package dev.seqguard.property;

import jakarta.persistence.*;

/**
 * pooled: explicit @SequenceGenerator, so its initial value is the annotation default 1.
 */
@Entity
@SuppressWarnings("removal")
public class PooledExplicit implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pooled_gen")
	@SequenceGenerator(name = "pooled_gen", sequenceName = "pooled_seq", allocationSize = 50)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
