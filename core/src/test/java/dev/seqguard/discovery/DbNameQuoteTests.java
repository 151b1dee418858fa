package dev.seqguard.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DbName#quote(String)} leaves exactly the identifiers {@code [a-z_][a-z0-9_$]*}
 * unquoted.
 */
class DbNameQuoteTests {

	@Test
	void lowerCaseLettersDigitsUnderscoresAndDollarsAfterTheFirstCharacterStayUnquoted() {
		assertThat(DbName.quote("order_line")).isEqualTo("order_line");
		assertThat(DbName.quote("_t9$x")).isEqualTo("_t9$x");
		assertThat(DbName.quote("t")).isEqualTo("t");
	}

	@Test
	void everyOtherIdentifierIsQuoted() {
		assertThat(DbName.quote("OrderLine")).isEqualTo("\"OrderLine\"");
		assertThat(DbName.quote("9lives")).isEqualTo("\"9lives\"");
		assertThat(DbName.quote("$x")).isEqualTo("\"$x\"");
		assertThat(DbName.quote("order line")).isEqualTo("\"order line\"");
		assertThat(DbName.quote("é")).isEqualTo("\"é\"");
		assertThat(DbName.quote("")).isEqualTo("\"\"");
		assertThat(DbName.quote("a\"b")).isEqualTo("\"a\"\"b\"");
	}

}
