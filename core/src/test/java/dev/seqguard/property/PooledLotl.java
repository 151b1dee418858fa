package dev.seqguard.property;

import jakarta.persistence.*;

/** pooled-lotl: pooled-lo with one block per thread. */
@Entity
@SuppressWarnings("removal")
public class PooledLotl implements GeneratedEntity {

	@Id
	@GeneratedValue(generator = "pooled_lotl_gen")
	@org.hibernate.annotations.GenericGenerator(name = "pooled_lotl_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "pooled_lotl_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "50"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "pooled-lotl") })
	Long id;

	@Override
	public Long id() {
		return this.id;
	}

}
