package dev.seqguard.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

/** Pooled sequence (allocationSize 50): the migration imported products 1 to 120. */
@Entity
public class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_gen")
	@SequenceGenerator(name = "product_gen", sequenceName = "product_seq", allocationSize = 50)
	private Long id;

	private String name;

	protected Product() {
	}

	public Product(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

}
