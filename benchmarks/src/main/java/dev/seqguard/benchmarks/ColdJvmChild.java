package dev.seqguard.benchmarks;

import java.util.Map;

import dev.seqguard.SequenceGuard;
import dev.seqguard.autoconfigure.SeqGuardStartupCheck;
import dev.seqguard.report.DataSourceReport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main class of one freshly started JVM of {@link ColdJvmStartup}: starts the
 * generated application once on the database URL it is given, prints one line
 * ({@value #PREFIX} the whole startup check as its startup step, SeqGuard's own "checked
 * … in N ms", both in nanoseconds, the drifted tables and the startup in ms), stops.
 */
public final class ColdJvmChild {

	static final String PREFIX = "COLD-JVM ";

	private ColdJvmChild() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		SpringApplication spring = new SpringApplication(Class.forName(GeneratedApplication.MAIN_CLASS));
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setLogStartupInfo(false);
		BufferingApplicationStartup startup = new BufferingApplicationStartup(16);
		startup.addFilter((step) -> step.getName().equals(SeqGuardStartupCheck.STARTUP_STEP));
		spring.setApplicationStartup(startup);
		spring.setDefaultProperties(Map.of("spring.datasource.url", args[0], "spring.datasource.username", "postgres",
				"spring.jpa.hibernate.ddl-auto", "none", "spring.jpa.open-in-view", "false", "spring.main.banner-mode",
				"off", "seqguard.refresh-interval", "0"));
		try (ConfigurableApplicationContext context = spring.run()) {
			long startupNanos = System.nanoTime() - start;
			TimelineEvent step = startup.getBufferedTimeline()
				.getEvents()
				.stream()
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no startup step " + SeqGuardStartupCheck.STARTUP_STEP));
			DataSourceReport report = context.getBean(SequenceGuard.class).latestReport().dataSources().get(0);
			System.out.println(PREFIX + step.getDuration().toNanos() + " " + report.duration().toNanos() + " "
					+ report.drifted().size() + " " + startupNanos / 1_000_000);
			// when the step ran, to line it up with a log of the JVM's (-Xlog with
			// utctime)
			System.out.println("startup check from " + step.getStartTime() + " to " + step.getEndTime());
		}
		System.exit(0);
	}

}
