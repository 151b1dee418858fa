package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.util.List;

import dev.seqguard.discovery.SequenceMapping;

import org.springframework.validation.Errors;

/**
 * The rules a {@code seqguard.*} value must follow; a broken one fails startup with
 * Spring Boot's binding error naming the property.
 */
final class SeqGuardPropertiesRules {

	private SeqGuardPropertiesRules() {
	}

	static void check(SeqGuardProperties properties, Errors errors) {
		rejectNegative(errors, "refreshInterval", properties.getRefreshInterval());
		rejectNegative(errors, "statementTimeout", properties.getStatementTimeout());
		rejectNegative(errors, "repair.lockTimeout", properties.getRepair().getLockTimeout());
		double threshold = properties.getExhaustionThreshold();
		if (!(threshold >= 0 && threshold <= 1)) {
			errors.rejectValue("exhaustionThreshold", "seqguard.range", "must be between 0 and 1");
		}
		rejectBlankPatterns(errors, "include", properties.getInclude());
		rejectBlankPatterns(errors, "exclude", properties.getExclude());
		rejectBlankPatterns(errors, "tenantSchemas", properties.getTenantSchemas());
		rejectBlankPatterns(errors, "catalog.schemas", properties.getCatalog().getSchemas());
		properties.getSequences().forEach((sequence, column) -> {
			try {
				SequenceMapping.parse(PropertySwitches.SEQUENCES, sequence, column);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("sequences[" + sequence + "]", "seqguard.mapping", String.valueOf(ex.getMessage()));
			}
		});
		if (properties.getRepair().getPassword() != null && properties.getRepair().getUsername() == null) {
			errors.rejectValue("repair.username", "seqguard.missing",
					"must be set when seqguard.repair.password is set");
		}
	}

	private static void rejectNegative(Errors errors, String field, Duration value) {
		if (value == null || value.isNegative()) {
			errors.rejectValue(field, "seqguard.negative", "must be zero or positive");
		}
	}

	private static void rejectBlankPatterns(Errors errors, String field, List<String> patterns) {
		if (patterns.stream().anyMatch((pattern) -> pattern == null || pattern.isBlank())) {
			errors.rejectValue(field, "seqguard.blank", "must not contain a blank pattern");
		}
	}

}
