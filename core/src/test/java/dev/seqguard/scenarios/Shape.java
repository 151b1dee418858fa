package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** TABLE_PER_CLASS: no root table; circle and square share shape_seq. */
@Entity
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public abstract class Shape {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shape_gen")
	@SequenceGenerator(name = "shape_gen", sequenceName = "shape_seq", allocationSize = 1)
	Long id;

}
