package dev.seqguard.cli;

import dev.seqguard.report.SeqGuardReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON: the fields of SeqGuard's report types, as the actuator endpoint
 * shows them.
 */
final class JsonReport {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private JsonReport() {
	}

	static String write(SeqGuardReport report) {
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report);
	}

}
