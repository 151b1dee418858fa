package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Implicit TABLE generator: checked on its row of hibernate_sequences. */
@Entity
public class Legacy {

	@Id
	@GeneratedValue(strategy = GenerationType.TABLE)
	Long id;

}
