package dev.seqguard.sample;

import java.util.List;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells a newcomer, once the app is ready, what SeqGuard found and where to look next.
 */
@Component
class StartupGuide implements ApplicationListener<ApplicationReadyEvent> {

	private final SequenceGuard guard;

	StartupGuide(SequenceGuard guard) {
		this.guard = guard;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		// set by Boot's web server on both Boot lines (its context class moved package in
		// Boot 4)
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (port == null) {
			return;
		}
		String base = "http://localhost:" + port;
		SeqGuardReport report = this.guard.latestReport();
		List<TargetReport> repaired = report.targets()
			.stream()
			.filter((target) -> target.status() == TargetStatus.REPAIRED)
			.toList();
		StringBuilder guide = new StringBuilder("\n\n  SeqGuard sample is ready.\n");
		if (!report.drifted().isEmpty()) {
			guide.append("  SeqGuard found ")
				.append(report.drifted().size())
				.append(" tables whose sequence is behind their rows (seqguard.mode=report):\n");
			report.drifted()
				.forEach((target) -> guide.append("    ")
					.append(target.identity().qualifiedTable())
					.append(": lag ")
					.append(target.lag())
					.append('\n'));
			guide.append(
					"  Reproduce the failure:  curl -i -X POST -H 'Content-Type: application/json' -d '{\"name\":\"Games\"}' ")
				.append(base)
				.append("/catalog/categories\n");
			guide.append("  Repair now:             curl -X POST ").append(base).append("/actuator/seqguard\n");
		}
		else {
			guide.append("  SeqGuard repaired ").append(repaired.size()).append(" tables at startup:\n");
			repaired.forEach((target) -> guide.append("    ")
				.append(target.identity().qualifiedTable())
				.append(": ")
				.append(target.detail())
				.append('\n'));
			guide.append(
					"  Insert a row:           curl -X POST -H 'Content-Type: application/json' -d '{\"name\":\"Games\"}' ")
				.append(base)
				.append("/catalog/categories\n");
		}
		guide.append("  Report:                 curl ").append(base).append("/actuator/seqguard\n");
		guide.append("  Health:                 curl ").append(base).append("/actuator/health/seqguard\n");
		guide.append("  Metrics:                curl -s ")
			.append(base)
			.append("/actuator/prometheus | grep ^seqguard\n");
		System.out.println(guide);
	}

}
