package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Composite id: skipped. */
@Entity
public class Enrollment {

	@Embeddable
	public record Key(Long studentId, Long courseId) {
	}

	@EmbeddedId
	Key id;

}
