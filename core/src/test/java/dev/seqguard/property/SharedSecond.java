package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled, on shared_seq with SharedFirst. */
@Entity
@SuppressWarnings("removal")
public class SharedSecond implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_second_gen")
	@SequenceGenerator(name = "shared_second_gen", sequenceName = "shared_seq", allocationSize = 50)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
