package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** A serial (int) column. */
@Entity
public class SerialThing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Integer id;

}
