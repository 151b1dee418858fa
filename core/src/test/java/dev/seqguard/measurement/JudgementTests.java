package dev.seqguard.measurement;

import java.sql.SQLException;
import java.util.List;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftMath;
import dev.seqguard.drift.SequenceBounds;
import dev.seqguard.engine.postgresql.PostgresEngine;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.InspectionSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Judgement} on reads given by hand, without PostgreSQL: what each kind of report
 * entry carries.
 */
class JudgementTests {

	@Test
	void aSequenceAheadOfItsTableIsCheckedAndOk() {
		TargetReport report = judge(sequenceAt(10, true), table(10L));

		assertThat(report).isInstanceOfSatisfying(TargetReport.Checked.class, (checked) -> {
			assertThat(checked.status()).isEqualTo(TargetStatus.OK);
			assertThat(checked.firstId()).isEqualTo(11);
			assertThat(checked.lag()).isZero();
			assertThat(checked.reading().furthestId()).isEqualTo(10);
			assertThat(checked.reading().nextValue()).isEqualTo(11);
			assertThat(checked.detail()).isNull();
		});
	}

	@Test
	void aSequenceBehindItsTableDriftsWithTheFix() {
		TargetReport report = judge(sequenceAt(10, true), table(15L));

		assertThat(report).isInstanceOfSatisfying(TargetReport.Checked.class, (checked) -> {
			assertThat(checked.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(checked.lag()).isEqualTo(5);
			assertThat(checked.detail()).startsWith("SELECT pg_catalog.setval('public.s', 15, true);");
		});
	}

	@Test
	void anEmptyTableHasNoFurthestIdAndNeverDrifts() {
		TargetReport report = judge(sequenceAt(1, false), table(null));

		assertThat(report).isInstanceOfSatisfying(TargetReport.Checked.class, (checked) -> {
			assertThat(checked.status()).isEqualTo(TargetStatus.OK);
			assertThat(checked.lag()).isZero();
			assertThat(checked.reading().furthestId()).isNull();
		});
	}

	@Test
	void aSequenceAtItsLimitFailsWithWhatWasReadButNoLag() {
		TargetReport report = judge(sequenceAt(100, true), table(100L));

		assertThat(report).isInstanceOfSatisfying(TargetReport.Failed.class, (failed) -> {
			assertThat(failed.detail()).contains("has reached its limit").contains("2200H");
			assertThat(failed.reading()).isNotNull().extracting(Reading::usage).isEqualTo(1.0);
			assertThat(failed.lag()).isNull();
		});
	}

	@Test
	void aTableThatCannotBeReadFailsWithNothingRead() {
		BranchResult locked = BranchResult.failed(new SQLException("canceling statement", "57014"));

		TargetReport report = judge(sequenceAt(10, true), locked);

		assertThat(report).isInstanceOfSatisfying(TargetReport.Failed.class, (failed) -> {
			assertThat(failed.detail()).startsWith("reading public.t failed: SQLSTATE 57014")
				.contains("past the statement timeout");
			assertThat(failed.reading()).isNull();
			assertThat(failed.knownLag()).isNull();
		});
	}

	@Test
	void aCheckedTargetIsNeverSkippedOrInError() {
		TargetReport.Checked checked = (TargetReport.Checked) judge(sequenceAt(10, true), table(10L));

		assertThatIllegalArgumentException().isThrownBy(() -> new TargetReport.Checked(checked.identity(),
				TargetStatus.SKIPPED, checked.reading(), checked.firstId(), checked.lag(), null));
	}

	private static TargetReport judge(BranchResult sequence, BranchResult table) {
		Target target = Target.checked("T", new DbName("public", "t"), "id", IdGenerator.IDENTITY);
		ResolvedTarget.Table found = new ResolvedTarget.Table("public", "t", "public.t", 1, true);
		ResolvedTarget.Column column = new ResolvedTarget.Column(1, "bigint");
		ResolvedTarget.Settings settings = new ResolvedTarget.Settings(1, 1, 100, false, 1, true);
		ResolvedTarget.Sequence feeding = new ResolvedTarget.Sequence(2, "owned", "public", "s", "public.s", settings);
		ResolvedTarget resolved = new ResolvedTarget(target, "id", found, column, feeding);
		SequenceBounds bounds = new SequenceBounds(1, 1, 100, false, Long.MIN_VALUE, Long.MAX_VALUE);
		Measurable measurable = new Measurable(resolved, IdGenerator.IDENTITY, found, column, "id", feeding, settings,
				bounds);
		Long extreme = table.value();
		List<DriftMath.TableExtreme> tables = (table.error() == null)
				? List.of(new DriftMath.TableExtreme(IdGenerator.IDENTITY, extreme)) : List.of();
		return Judgement.judge(measurable, sequence, table, tables, InspectionSettings.DEFAULTS,
				PostgresEngine.FIX_STATEMENT);
	}

	private static BranchResult sequenceAt(long lastValue, boolean isCalled) {
		return new BranchResult(lastValue, isCalled, null);
	}

	private static BranchResult table(@Nullable Long furthestId) {
		return new BranchResult(furthestId, null, null);
	}

}
