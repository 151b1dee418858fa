package dev.seqguard.discovery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link DbName}: Hibernate's SQL-ready names read with PostgreSQL's rules.
 */
class DbNameTests {

	@Test
	void unquotedNamesFoldToLowerCaseAndQuotedOnesKeepTheirCase() {
		assertThat(DbName.parse("Inventory.Stock_Item")).isEqualTo(new DbName("inventory", "stock_item"));
		assertThat(DbName.parse("\"OrderLine\"")).isEqualTo(new DbName(null, "OrderLine"));
		assertThat(DbName.parse("\"x.a\".\"b\"")).isEqualTo(new DbName("x.a", "b"));
	}

	@Test
	void aDoubledQuoteInsideAQuotedNameIsOneQuote() {
		assertThat(DbName.parse("\"x\"\"; drop table y; --\"").name()).isEqualTo("x\"; drop table y; --");
	}

	@Test
	void aCatalogPartIsIgnored() {
		assertThat(DbName.parse("db.public.t")).isEqualTo(new DbName("public", "t"));
	}

	@Test
	void onlyAsciiLettersFold() {
		assertThat(DbName.parseIdentifier("ÉtatID")).isEqualTo("Étatid");
	}

	@Test
	void textThatIsNoNameIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DbName.parse("a.b.c.d"));
		assertThatIllegalArgumentException().isThrownBy(() -> DbName.parse("\"unterminated"));
		assertThatIllegalArgumentException().isThrownBy(() -> DbName.parse("a..b"));
		assertThatIllegalArgumentException().isThrownBy(() -> DbName.parseIdentifier("a.b"));
	}

	@Test
	void namesLongerThan63BytesAreCutWithoutSplittingACharacter() {
		String ascii = "a".repeat(70);
		assertThat(DbName.truncate(ascii)).hasSize(63);
		// 62 ASCII bytes, then a 2-byte é that would end at byte 64: PostgreSQL drops it
		// whole
		String accented = "b".repeat(62) + "é" + "c";
		assertThat(DbName.truncate(accented)).isEqualTo("b".repeat(62));
	}

	@Test
	void rendersNamesQuotedWhereNeeded() {
		assertThat(new DbName("public", "order_line")).hasToString("public.order_line");
		assertThat(new DbName("public", "Order Lines")).hasToString("public.\"Order Lines\"");
		assertThat(new DbName(null, "a\"b")).hasToString("\"a\"\"b\"");
	}

}
