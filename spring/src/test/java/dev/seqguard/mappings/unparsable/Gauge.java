package dev.seqguard.mappings.unparsable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An ordinary IDENTITY entity: still checked beside the entity SeqGuard cannot parse. */
@Entity
public class Gauge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
