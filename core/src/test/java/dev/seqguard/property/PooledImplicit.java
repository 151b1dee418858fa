package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled: implicit generator (pooled_implicit_seq), initial value -1 for Hibernate. */
@Entity
@SuppressWarnings("removal")
public class PooledImplicit implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
