package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** UUID id: skipped. */
@Entity
public class Token {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	java.util.UUID id;

}
