package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** A table name that is an SQL injection if pasted into a statement unquoted. */
@Entity
@Table(name = "\"x\"\"; drop table victim; --\"")
public class Hostile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
