package dev.seqguard.hardening;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.OptimizerKind;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.seqguard.testsupport.CaptureEngineLog;
import dev.seqguard.testsupport.EngineLog;

import static dev.seqguard.testsupport.Outcomes.checked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import dev.seqguard.testsupport.OnEveryPostgresVersion;

/**
 * Ids drawn before a repair that the repair cannot reach: values a session cached from a
 * {@code CACHE n} sequence, and the blocks other threads hold in Hibernate's pooled-lotl
 * optimizer. The repair says so on the target and in a WARN, with what to do, instead of
 * claiming the drift is gone.
 */
@ExtendWith(CaptureEngineLog.class)
@OnEveryPostgresVersion
class CachedIdsTests {

	@Test
	void repairOfACachedSequenceWarnsThatSessionsKeepHandingOutTheirCachedValues(EngineLog output) throws Exception {
		TestDatabase database = EmbeddedPostgres.createDatabase("cached");
		database.execute("""
				create sequence cached_seq cache 20;
				create table cached (id bigint primary key default nextval('cached_seq'));
				""");
		try (Connection session = database.dataSource().getConnection();
				Statement inserts = session.createStatement()) {
			// this session draws 1 and caches 2..20; last_value reads 20
			inserts.execute("insert into cached default values");
			database.execute("insert into cached (id) select generate_series(2, 30)");
			SequenceGuard guard = new SequenceGuard(
					List.of(GuardedDataSource.of("ds", database.dataSource(),
							List.of(Target.checked("Cached", new DbName(null, "cached"), "id", IdGenerator.IDENTITY)))),
					InspectionSettings.DEFAULTS);

			TargetReport checked = guard.check().targets().get(0);
			assertThat(checked.status()).isEqualTo(TargetStatus.DRIFT);
			assertThat(checked.detail()).contains("CACHE 20").contains("ALTER SEQUENCE public.cached_seq CACHE 1");

			TargetReport.Checked repaired = checked(guard.repair().targets().get(0));
			assertThat(repaired.status()).isEqualTo(TargetStatus.REPAIRED);
			assertThat(repaired.reading().nextValue()).isEqualTo(31);
			assertThat(repaired.detail())
				.contains("but sequence public.cached_seq has CACHE 20: database sessions"
						+ " that drew from it before the repair keep handing out the rest of their cached values")
				.contains("restart the application")
				.contains("ALTER SEQUENCE public.cached_seq CACHE 1");
			assertThat(output.getAll().lines().filter((line) -> line.contains("WARN") && line.contains("CACHE 20")))
				.singleElement()
				.asString()
				.contains("SeqGuard moved sequence public.cached_seq (public.cached) forward, but");

			// what the warning is about: the session still hands out its cached 2, which
			// exists
			assertThat(
					catchThrowableOfType(SQLException.class, () -> inserts.execute("insert into cached default values"))
						.getSQLState())
				.isEqualTo("23505");
		}
	}

	@Test
	void repairOfAPooledLotlSequenceSaysOnlyTheRepairingThreadDroppedItsBlock(EngineLog output) {
		TestDatabase database = EmbeddedPostgres.createDatabase("lotl");
		database.execute("""
				create sequence ticket_seq increment 10;
				create table ticket (id bigint primary key);
				insert into ticket (id) select generate_series(1, 42);
				""");
		SequenceGuard guard = new SequenceGuard(
				List.of(GuardedDataSource.of("ds", database.dataSource(),
						List.of(Target.checked("Ticket", new DbName(null, "ticket"), "id", IdGenerator
							.sequence(new DbName(null, "ticket_seq"), OptimizerKind.POOLED_LOTL, 10, 1))))),
				InspectionSettings.DEFAULTS);

		TargetReport repaired = guard.repair().targets().get(0);

		assertThat(repaired.status()).isEqualTo(TargetStatus.REPAIRED);
		assertThat(repaired.detail()).contains("pooled-lotl optimizer of public.ticket")
			.contains("Optimizer#reset() cleared only the block of the thread that ran the repair");
		assertThat(output.getAll().lines().filter((line) -> line.contains("WARN"))).singleElement()
			.asString()
			.contains("SeqGuard moved sequence public.ticket_seq (public.ticket) forward, but Hibernate's pooled-lotl");
	}

}
