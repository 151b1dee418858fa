package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Quoted mixed-case table and column. */
@Entity
@Table(name = "\"OrderLine\"")
public class OrderLine {

	@Id
	@Column(name = "\"LineId\"")
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

}
