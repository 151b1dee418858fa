package dev.seqguard.mappings.unparsable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A table name Hibernate accepts as written but no PostgreSQL name can be: SeqGuard
 * cannot parse it.
 */
@Entity
@Table(name = "\"a\".\"b\".\"c\".\"d\"")
public class FourPartName {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
