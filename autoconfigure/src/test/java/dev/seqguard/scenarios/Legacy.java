package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** TABLE generator: skipped. */
@Entity
public class Legacy {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE)
	Long id;

}
