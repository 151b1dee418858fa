package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** GENERATED ALWAYS AS IDENTITY. */
@Entity
public class AlwaysItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
