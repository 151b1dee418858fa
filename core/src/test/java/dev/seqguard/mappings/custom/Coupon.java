package dev.seqguard.mappings.custom;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

/**
 * Ids from a custom generator declared with {@code @GenericGenerator} on sequence
 * {@code coupon_seq}.
 */
@Entity
@SuppressWarnings("removal")
public class Coupon {

	@Id
	@GeneratedValue(generator = "tenfold")
	@GenericGenerator(name = "tenfold", type = TenfoldSequenceGenerator.class,
			parameters = { @Parameter(name = "sequence_name", value = "coupon_seq"),
					@Parameter(name = "increment_size", value = "1") })
	Long id;

}
