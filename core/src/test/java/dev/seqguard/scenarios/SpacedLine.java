package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Spaces and capitals in both the table and the id column. */
@Entity
@Table(name = "\"Order Lines\"")
public class SpacedLine {

	@Id
	@Column(name = "\"Line No\"")
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
