package dev.seqguard.codesequences;

import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A {@code seqguard.sequences} entry that maps to nothing fails startup, in
 * {@code report} mode too, with one line naming the property, the entry and what is
 * wrong.
 */
class BadSequenceMappingTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("badmapping");

	static {
		database.execute(VoucherApplication.SCHEMA);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					no_such_seq    | voucher.id      | seqguard.sequences[no_such_seq]=voucher.id: sequence no_such_seq does not exist in datasource 'dataSource'
					voucher_no_seq | vouchers.id     | seqguard.sequences[voucher_no_seq]=vouchers.id: table vouchers does not exist in datasource 'dataSource'
					voucher_no_seq | voucher.number  | seqguard.sequences[voucher_no_seq]=voucher.number: column number does not exist in public.voucher
					voucher_no_seq | voucher.code    | seqguard.sequences[voucher_no_seq]=voucher.code: column code of public.voucher is text, not an integer type
					voucher        | voucher_no_seq  | seqguard.sequences[voucher]=voucher_no_seq: the key must name a sequence ([schema.]sequence) and the value the column it numbers ([schema.]table.column)
					""")
	void aMappingToNothingFailsStartupNamingTheEntry(String sequence, String column, String message) {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(VoucherApplication.class).web(WebApplicationType.NONE)
				.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=postgres",
						"spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
						"seqguard.sequences[" + sequence + "]=" + column)
				.run()
				.close())
			.satisfies((ex) -> org.assertj.core.api.Assertions.assertThat(ex).hasStackTraceContaining(message));
	}

}
