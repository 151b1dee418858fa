package dev.seqguard.mappings.longnames;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Table and id column names longer than PostgreSQL's 63 bytes; the column's 63rd byte
 * falls inside a two-byte character, which PostgreSQL drops whole.
 */
@Entity
@Table(name = LongNamedMovement.TABLE)
public class LongNamedMovement {

	static final String TABLE = "stock_movement_recorded_by_the_warehouse_management_integration_layer";

	static final String COLUMN = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxéé";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = COLUMN)
	Long id;

}
