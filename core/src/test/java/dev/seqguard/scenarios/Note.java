package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Rows inserted the ordinary way: healthy. */
@Entity
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String text;

}
