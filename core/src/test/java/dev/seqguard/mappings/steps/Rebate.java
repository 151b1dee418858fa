package dev.seqguard.mappings.steps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** IDENTITY column whose sequence counts down by 3 (see the test's DDL). */
@Entity
public class Rebate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
