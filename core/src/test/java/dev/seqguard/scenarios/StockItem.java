package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** A schema other than public, camel-case names turned into snake case by Boot. */
@Entity
@Table(schema = "inventory", name = "StockItem")
public class StockItem {

	@Id
	@Column(name = "itemId")
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
