package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** DEFAULT nextval() on a sequence the column does not own. */
@Entity
public class FreeSeqThing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
