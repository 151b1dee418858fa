package dev.seqguard.schemas;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An entity without a schema: where its table lives depends on hibernate.default_schema
 * and search_path.
 */
@Entity
public class Gadget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
