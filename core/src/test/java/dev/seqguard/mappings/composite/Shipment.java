package dev.seqguard.mappings.composite;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.SequenceGenerator;

/** {@code @IdClass}: an assigned tenant and a number from a sequence. */
@Entity
@IdClass(Shipment.Key.class)
public class Shipment {

	@Id
	Long tenant;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_gen")
	@SequenceGenerator(name = "shipment_gen", sequenceName = "shipment_seq", allocationSize = 1)
	Long num;

	Shipment() {
	}

	Shipment(long tenant) {
		this.tenant = tenant;
	}

	/** The id class. */
	public static class Key implements Serializable {

		Long tenant;

		Long num;

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(key.tenant, this.tenant)
					&& Objects.equals(key.num, this.num);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.tenant, this.num);
		}

	}

}
