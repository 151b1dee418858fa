package dev.seqguard.mappings.composite;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;

/**
 * {@code @EmbeddedId}: a number from a pooled sequence (allocationSize 50) and an
 * assigned tenant.
 */
@Entity
public class Booking {

	@EmbeddedId
	Key id = new Key();

	Booking() {
	}

	Booking(long tenant) {
		this.id.tenant = tenant;
	}

	/** The embedded id. */
	@Embeddable
	public static class Key {

		@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "booking_gen")
		@SequenceGenerator(name = "booking_gen", sequenceName = "booking_seq", allocationSize = 50)
		Long num;

		Long tenant;

	}

}
