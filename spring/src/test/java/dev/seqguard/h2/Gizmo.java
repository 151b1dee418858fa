package dev.seqguard.h2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An entity on a database that is not PostgreSQL. */
@Entity
public class Gizmo {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
