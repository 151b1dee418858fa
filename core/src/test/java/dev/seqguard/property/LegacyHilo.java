package dev.seqguard.property;

import jakarta.persistence.*;

/** legacy-hilo: blocks of 4 + 1 ids numbered by a sequence that steps by 1. */
@Entity
@SuppressWarnings("removal")
public class LegacyHilo implements GeneratedEntity {

	@Id
	@GeneratedValue(generator = "legacy_hilo_gen")
	@org.hibernate.annotations.GenericGenerator(name = "legacy_hilo_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "legacy_hilo_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "4"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "legacy-hilo") })
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
