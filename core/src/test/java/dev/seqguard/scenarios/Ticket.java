package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** pooled-lo optimizer, increment 10. */
@Entity
@SuppressWarnings("removal")
public class Ticket {

	@Id
	@GeneratedValue(generator = "ticket_gen")
	@org.hibernate.annotations.GenericGenerator(name = "ticket_gen",
			type = org.hibernate.id.enhanced.SequenceStyleGenerator.class,
			parameters = { @org.hibernate.annotations.Parameter(name = "sequence_name", value = "ticket_seq"),
					@org.hibernate.annotations.Parameter(name = "increment_size", value = "10"),
					@org.hibernate.annotations.Parameter(name = "optimizer", value = "pooled-lo") })
	Long id;

}
