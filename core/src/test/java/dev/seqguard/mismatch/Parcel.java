package dev.seqguard.mismatch;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** allocationSize 50 on a database sequence that steps by 1. */
@Entity
public class Parcel {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_gen")
	@SequenceGenerator(name = "parcel_gen", sequenceName = "parcel_seq", allocationSize = 50)
	Long id;

}
