package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled, on shared_seq with SharedSecond (JHipster's sequence_generator). */
@Entity
@SuppressWarnings("removal")
public class SharedFirst implements GeneratedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_first_gen")
	@SequenceGenerator(name = "shared_first_gen", sequenceName = "shared_seq", allocationSize = 50)
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
