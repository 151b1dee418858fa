package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** A reserved word as the table name. */
@Entity
@Table(name = "\"user\"")
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
