package dev.seqguard.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One report entry as JSON (the actuator endpoint's and the CLI's): {@code status} and
 * {@code detail} for every target, then which id column it is, then the numbers where a
 * check read them. Keys are fixed here, so an application's Jackson naming strategy
 * cannot rename them.
 */
public final class TargetJson {

	private TargetJson() {
	}

	/**
	 * Returns the entry as an ordered map of JSON keys to values.
	 * @param target the entry
	 * @return the JSON object, in the documented key order
	 */
	public static Map<String, Object> of(TargetReport target) {
		// a LinkedHashMap keeps the documented order and holds the null values
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("status", target.status());
		json.put("detail", target.detail());
		TargetIdentity identity = target.identity();
		json.put("entity", identity.entity());
		json.put("schema", identity.schema());
		json.put("table", identity.table());
		json.put("column", identity.column());
		json.put("sequence", identity.sequence());
		json.put("generator", identity.generator());
		Reading reading = target.knownReading();
		if (reading != null) {
			json.put("optimizer", reading.optimizer());
			json.put("incrementSize", reading.incrementSize());
			json.put("furthestId", reading.furthestId());
			json.put("nextValue", reading.nextValue());
		}
		if (target instanceof TargetReport.Checked checked) {
			json.put("firstId", checked.firstId());
		}
		Long lag = target.knownLag();
		if (lag != null) {
			json.put("lag", lag);
		}
		if (reading != null) {
			json.put("usage", reading.usage());
			json.put("nearingExhaustion", reading.nearingExhaustion());
		}
		return json;
	}

}
