package dev.seqguard.benchmarks;

import java.util.HashMap;
import java.util.Map;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.DataSourceReport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The main class of one freshly started JVM of {@link ColdJvmStartup}: starts the
 * generated application once on the database URL it is given, prints one line
 * ({@value #PREFIX} the whole startup check as its startup step and SeqGuard's own
 * "checked … in N ms", both in ns, the drifted tables, the startup in ms, the check's CPU
 * time in ns, the classes loaded during it and the CPU ms of each of
 * {@link BesideTheCheck#NAMES} during it, see {@link CheckMeter}), stops.
 */
public final class ColdJvmChild {

	static final String PREFIX = "COLD-JVM ";

	/**
	 * Printed in place of the drifted tables when the application ran without SeqGuard.
	 */
	static final int NO_CHECK = -1;

	private ColdJvmChild() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		SpringApplication spring = new SpringApplication(Class.forName(GeneratedApplication.MAIN_CLASS));
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setLogStartupInfo(false);
		CheckMeter meter = new CheckMeter();
		spring.setApplicationStartup(meter);
		Map<String, Object> properties = new HashMap<>(
				Map.of("spring.datasource.url", args[0], "spring.datasource.username", "postgres",
						"spring.jpa.hibernate.ddl-auto", "none", "spring.jpa.open-in-view", "false",
						"spring.main.banner-mode", "off", "seqguard.refresh-interval", "0"));
		for (int i = 1; i < args.length; i++) {
			properties.put(args[i].substring(0, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
		}
		spring.setDefaultProperties(properties);
		try (ConfigurableApplicationContext context = spring.run()) {
			long startupNanos = System.nanoTime() - start;
			SequenceGuard guard = context.getBeanProvider(SequenceGuard.class).getIfAvailable();
			if (guard == null) {
				// started without SeqGuard: its startup only
				System.out.println(PREFIX + "0 0 " + NO_CHECK + " " + startupNanos / 1_000_000 + " 0 0"
						+ " -1".repeat(BesideTheCheck.NAMES.size()));
			}
			else {
				long[] check = meter.figures();
				DataSourceReport report = guard.latestReport().dataSources().get(0);
				StringBuilder line = new StringBuilder(PREFIX).append(check[0])
					.append(' ')
					.append(report.duration().toNanos())
					.append(' ')
					.append(report.drifted().size())
					.append(' ')
					.append(startupNanos / 1_000_000);
				for (int i = 1; i < check.length; i++) {
					line.append(' ').append(check[i]);
				}
				System.out.println(line);
			}
		}
		System.exit(0);
	}

}
