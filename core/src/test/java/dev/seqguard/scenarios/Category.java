package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** The classic case: IDENTITY column loaded with explicit ids by a migration. */
@Entity
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	String name;

	protected Category() {
	}

	public Category(String name) {
		this.name = name;
	}

}
