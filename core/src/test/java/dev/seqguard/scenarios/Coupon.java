package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** hilo optimizer, blocks of 10 on a sequence with increment 1. */
@Entity
@SuppressWarnings("removal")
public class Coupon {

	@Id
	@GeneratedValue(generator = "coupon_gen")
	@org.hibernate.annotations.GenericGenerator(name = "coupon_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "coupon_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "10"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "hilo") })
	Long id;

}
