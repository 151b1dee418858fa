package dev.seqguard.settings;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TableFilter}: {@code seqguard.include} and {@code seqguard.exclude}.
 */
class TableFilterTests {

	@Test
	void everythingPassesWithoutPatterns() {
		assertThat(TableFilter.ALL.rejectionReason("public", "orders")).isNull();
	}

	@Test
	void aPatternWithADotMatchesSchemaAndTableOneWithoutMatchesTheTableInAnySchema() {
		TableFilter filter = new TableFilter(List.of("sales.*", "audit_?"), List.of());
		assertThat(filter.rejectionReason("sales", "orders")).isNull();
		assertThat(filter.rejectionReason("archive", "audit_1")).isNull();
		assertThat(filter.rejectionReason("public", "orders")).isEqualTo("not matched by any include pattern");
	}

	@Test
	void excludeWinsOverInclude() {
		TableFilter filter = new TableFilter(List.of("*"), List.of("public.flyway_*"));
		assertThat(filter.rejectionReason("public", "flyway_schema_history"))
			.isEqualTo("excluded by pattern 'public.flyway_*'");
		assertThat(filter.rejectionReason("public", "orders")).isNull();
	}

	@Test
	void patternCharactersOtherThanStarAndQuestionMarkAreLiteral() {
		TableFilter filter = new TableFilter(List.of(), List.of("a.b+c"));
		assertThat(filter.rejectionReason("a", "b+c")).isNotNull();
		assertThat(filter.rejectionReason("a", "bbc")).isNull();
	}

}
