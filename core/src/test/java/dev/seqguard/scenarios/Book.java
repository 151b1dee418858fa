package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** JHipster style: one sequence_generator (pooled, 50) shared by several entities. */
@Entity
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sequenceGenerator")
	@SequenceGenerator(name = "sequenceGenerator")
	Long id;

}
