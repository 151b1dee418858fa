package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled: explicit @SequenceGenerator with initialValue 100. */
@Entity
@SuppressWarnings("removal")
public class PooledFrom100 implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pooled100_gen")
	@SequenceGenerator(name = "pooled100_gen", sequenceName = "pooled100_seq", initialValue = 100, allocationSize = 50)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
