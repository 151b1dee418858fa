package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Assigned id: skipped. */
@Entity
public class Country {

	@Id
	String code;

}
