package dev.seqguard.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.seqguard.report.DataSourceReport;
import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report as JSON, in the shape of {@code GET /actuator/seqguard}: one object per
 * datasource, each target as {@link TargetJson} writes it.
 */
final class JsonReport {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private JsonReport() {
	}

	static String write(SeqGuardReport report) {
		List<Map<String, Object>> dataSources = report.dataSources().stream().map(JsonReport::dataSource).toList();
		return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("dataSources", dataSources));
	}

	private static Map<String, Object> dataSource(DataSourceReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("dataSourceName", report.dataSourceName());
		json.put("outcome", report.outcome());
		json.put("checkedAt", report.checkedAt().toString());
		json.put("duration", report.duration().toString());
		json.put("detail", report.detail());
		json.put("targets", report.targets().stream().map(TargetJson::of).toList());
		return json;
	}

}
