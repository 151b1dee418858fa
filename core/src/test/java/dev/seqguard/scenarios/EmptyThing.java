package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Never has rows. */
@Entity
public class EmptyThing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
