package dev.seqguard.property;

import jakarta.persistence.*;

/** hilo: blocks of 5 ids numbered by a sequence that steps by 1. */
@Entity
@SuppressWarnings("removal")
public class Hilo implements GeneratedEntity {

	@Id
	@GeneratedValue(generator = "hilo_gen")
	@org.hibernate.annotations.GenericGenerator(name = "hilo_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "hilo_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "5"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "hilo") })
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
