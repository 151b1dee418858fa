package dev.seqguard.drift;

import java.util.List;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DriftMath} on the states measured against Hibernate 7.4 with real inserts
 * (docs/drift-arithmetic.md); the property tests ({@code HibernateOraclePropertyTests})
 * keep checking it against Hibernate itself.
 */
class DriftMathTests {

	private static final DbName SEQUENCE = new DbName("public", "s");

	@Test
	void theNextValueFollowsIsCalled() {
		assertThat(DriftMath.nextValue(42, true, 1)).isEqualTo(43);
		assertThat(DriftMath.nextValue(42, false, 1)).isEqualTo(42);
		assertThat(DriftMath.nextValue(500, true, 20)).isEqualTo(520);
	}

	@Test
	void firstIdPerOptimizer() {
		assertThat(DriftMath.firstId(IdGenerator.IDENTITY, 43)).isEqualTo(43);
		// (500, t, n = 20) -> 501; (1000, f, n = 50) -> 951
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED, 20, 1), 520)).isEqualTo(501);
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED, 50, 1), 1000)).isEqualTo(951);
		// an implicit generator uses a first nextval below its increment size as an id:
		// (30, f, n = 50) -> 30
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED, 50, -1), 30)).isEqualTo(30);
		// (700, t, n = 10) -> 710
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED_LO, 10, 1), 710)).isEqualTo(710);
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED_LOTL, 10, 1), 710)).isEqualTo(710);
		// (7, t, n = 10) -> 71
		assertThat(DriftMath.firstId(generator(OptimizerKind.HILO, 10, 1), 8)).isEqualTo(71);
		assertThat(DriftMath.firstId(generator(OptimizerKind.LEGACY_HILO, 4, 1), 3)).isEqualTo(15);
	}

	@Test
	void belowOneTheOptimizersDoWhatHibernateDoes() {
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED_LO, 10, 1), -3)).isEqualTo(1);
		assertThat(DriftMath.firstId(generator(OptimizerKind.POOLED_LOTL, 10, 1), 0)).isEqualTo(1);
		assertThat(DriftMath.firstId(generator(OptimizerKind.HILO, 5, 1), -2)).isEqualTo(1);
		assertThat(DriftMath.firstId(generator(OptimizerKind.LEGACY_HILO, 4, 1), 0)).isEqualTo(1);
		assertThat(DriftMath.firstId(generator(OptimizerKind.LEGACY_HILO, 4, 1), -1)).isEqualTo(-5);
	}

	@Test
	void lagCountsTheIdsThatWouldCollide() {
		assertThat(DriftMath.lag(IdGenerator.IDENTITY, 1, 3, 1)).isEqualTo(3);
		assertThat(DriftMath.lag(IdGenerator.IDENTITY, 4, 3, 1)).isZero();
		// IDENTITY INCREMENT 10 from 1 against max 50: 1, 11, 21, 31, 41
		assertThat(DriftMath.lag(IdGenerator.IDENTITY, 1, 50, 10)).isEqualTo(5);
		// descending: ids -1, -2, ... against min(id) -5
		assertThat(DriftMath.lag(IdGenerator.IDENTITY, -1, -5, -1)).isEqualTo(5);
		// legacy-hilo from -5 hands out -5..-1, then 1: id 0 never comes
		assertThat(DriftMath.lag(generator(OptimizerKind.LEGACY_HILO, 4, 1), -5, 1, 1)).isEqualTo(6);
	}

	@Test
	void theRequiredNextValueClearsTheLargestId() {
		assertThat(DriftMath.requiredNextValue(IdGenerator.IDENTITY, 3, false)).isEqualTo(4);
		assertThat(DriftMath.requiredNextValue(generator(OptimizerKind.POOLED, 50, 1), 1000, false)).isEqualTo(1050);
		assertThat(DriftMath.requiredNextValue(generator(OptimizerKind.POOLED_LOTL, 10, 1), 700, false)).isEqualTo(701);
		// hilo n = 10: ids (N - 1) * 10 + 1 ..., so N = 71 covers 701 and up
		assertThat(DriftMath.requiredNextValue(generator(OptimizerKind.HILO, 10, 1), 700, false)).isEqualTo(71);
		assertThat(DriftMath.requiredNextValue(generator(OptimizerKind.LEGACY_HILO, 4, 1), 14, false)).isEqualTo(3);
		assertThat(DriftMath.requiredNextValue(IdGenerator.IDENTITY, -5, true)).isEqualTo(-6);
		for (OptimizerKind optimizer : OptimizerKind.values()) {
			IdGenerator generator = generator(optimizer, 7, 1);
			long required = DriftMath.requiredNextValue(generator, 1000, false);
			assertThat(DriftMath.firstId(generator, required)).as(optimizer.externalName()).isGreaterThan(1000);
		}
	}

	@Test
	void aSharedSequenceMustClearEveryTableEachByItsOwnGenerator() {
		// a sequence behind a none table holding 100 and a pooled (n = 50) table holding
		// 10: 101 clears both (the
		// pooled table's first id is then 52); its own rule against the shared maximum
		// would ask for 150
		IdGenerator pooled = generator(OptimizerKind.POOLED, 50, 1);
		List<DriftMath.TableExtreme> tables = List.of(new DriftMath.TableExtreme(IdGenerator.IDENTITY, 100L),
				new DriftMath.TableExtreme(pooled, 10L), new DriftMath.TableExtreme(pooled, null));
		assertThat(DriftMath.requiredNextValue(tables, false)).isEqualTo(101);
		assertThat(DriftMath.requiredNextValue(List.of(new DriftMath.TableExtreme(pooled, null)), false)).isNull();
	}

	@Test
	void usageIsMeasuredAgainstTheColumnsLimitWhenItIsLower() {
		SequenceBounds intColumn = new SequenceBounds(1, 1, Long.MAX_VALUE, false, Integer.MIN_VALUE,
				Integer.MAX_VALUE);
		assertThat(DriftMath.usage(Integer.MAX_VALUE / 2 + 1, null, intColumn)).isCloseTo(0.5, within());
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-6);
	}

	private static IdGenerator generator(OptimizerKind optimizer, int incrementSize, long initialValue) {
		return IdGenerator.sequence(SEQUENCE, optimizer, incrementSize, initialValue);
	}

}
