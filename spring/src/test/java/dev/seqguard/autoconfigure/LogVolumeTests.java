package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.seqguard.GuardedDataSource;
import dev.seqguard.SequenceGuard;
import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.settings.InspectionSettings;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 500 failing targets: one line each at startup plus one summary, and nothing more while
 * they keep failing.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogVolumeTests {

	@Test
	void fiveHundredFailingTargetsLogOneLineEachOncePerStreak(CapturedOutput output) {
		TestDatabase database = EmbeddedPostgres.createDatabase("logvolume");
		List<Target> targets = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			targets.add(Target.checked("Gone" + i, new DbName(null, "gone_" + i), "id", IdGenerator.IDENTITY));
		}
		SequenceGuard guard = new SequenceGuard(List.of(GuardedDataSource.of("ds", database.dataSource(), targets)),
				InspectionSettings.DEFAULTS);
		SeqGuardRefresher refresher = new SeqGuardRefresher(guard, Duration.ofMinutes(1), false);

		new SeqGuardStartupCheck(guard, SeqGuardProperties.Mode.REPORT).run(new DefaultApplicationArguments());
		int afterStartup = seqGuardLines(output);
		for (int i = 0; i < 3; i++) {
			refresher.refresh();
		}

		assertThat(afterStartup).isEqualTo(500 + 1);
		assertThat(seqGuardLines(output)).isEqualTo(afterStartup);
	}

	private static int seqGuardLines(CapturedOutput output) {
		return (int) output.getAll().lines().filter((line) -> line.contains("SeqGuard")).count();
	}

}
