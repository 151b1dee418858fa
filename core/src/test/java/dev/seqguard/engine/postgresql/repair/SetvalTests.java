package dev.seqguard.engine.postgresql.repair;

import dev.seqguard.drift.SequenceBounds;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Setval}: the arguments that make the next {@code nextval} return a value, in the
 * form people know.
 */
class SetvalTests {

	private static final SequenceBounds ASCENDING = new SequenceBounds(1, 1, Long.MAX_VALUE, false, Long.MIN_VALUE,
			Long.MAX_VALUE);

	@Test
	void usesTheIsCalledFormWhereItFits() {
		assertThat(Setval.forNextValue(4, ASCENDING)).isEqualTo(new Setval(3, true));
		assertThat(Setval.forNextValue(1050,
				new SequenceBounds(50, 1, Long.MAX_VALUE, false, Long.MIN_VALUE, Long.MAX_VALUE)))
			.isEqualTo(new Setval(1000, true));
	}

	@Test
	void fallsBackToIsCalledFalseAtTheBottomOfTheRange() {
		assertThat(Setval.forNextValue(1, ASCENDING)).isEqualTo(new Setval(1, false));
	}

	@Test
	void descendingSequencesMirror() {
		SequenceBounds descending = new SequenceBounds(-1, Long.MIN_VALUE, -1, false, Long.MIN_VALUE, Long.MAX_VALUE);
		assertThat(Setval.forNextValue(-6, descending)).isEqualTo(new Setval(-5, true));
		assertThat(Setval.forNextValue(-1, descending)).isEqualTo(new Setval(-1, false));
	}

	@Test
	void rendersTheNameAsALiteral() {
		assertThat(new Setval(3, true).toSql("public.\"it's\""))
			.isEqualTo("SELECT pg_catalog.setval('public.\"it''s\"', 3, true);");
	}

}
