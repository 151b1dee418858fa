package dev.seqguard.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Shares catalog_seq (pooled, 50) with the other catalogue entities, JHipster style. */
@Entity
public class Book {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalog_gen")
	@SequenceGenerator(name = "catalog_gen", sequenceName = "catalog_seq", allocationSize = 50)
	private Long id;

	private String name;

	protected Book() {
	}

	public Book(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
