package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled-lo: nextval is the low end of a block. */
@Entity
@SuppressWarnings("removal")
public class PooledLo implements GeneratedEntity {

	@Id
	@GeneratedValue(generator = "pooled_lo_gen")
	@org.hibernate.annotations.GenericGenerator(name = "pooled_lo_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "pooled_lo_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "50"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "pooled-lo") })
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
