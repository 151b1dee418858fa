package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** allocationSize 1 (no optimizer) on widget_seq, moved with setval(..., false). */
@Entity
public class Widget {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "widget_gen")
	@SequenceGenerator(name = "widget_gen", sequenceName = "widget_seq", allocationSize = 1)
	Long id;

}
