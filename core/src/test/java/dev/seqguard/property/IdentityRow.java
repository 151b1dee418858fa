package dev.seqguard.property;

import jakarta.persistence.*;

/** IDENTITY column: the database hands out the id inside the insert, up or down. */
@Entity
@SuppressWarnings("removal")
public class IdentityRow implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
