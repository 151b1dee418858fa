package dev.seqguard.mappings.steps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** IDENTITY column whose sequence steps by 10 (see the test's DDL). */
@Entity
public class Stamp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
