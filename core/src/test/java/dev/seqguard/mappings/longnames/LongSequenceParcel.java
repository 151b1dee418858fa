package dev.seqguard.mappings.longnames;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** A sequence name longer than PostgreSQL's 63 bytes. */
@Entity
public class LongSequenceParcel {

	static final String SEQUENCE = "stock_movement_sequence_shared_by_every_warehouse_management_integration_layer";

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "parcel_gen")
	@SequenceGenerator(name = "parcel_gen", sequenceName = SEQUENCE, allocationSize = 1)
	Long id;

}
