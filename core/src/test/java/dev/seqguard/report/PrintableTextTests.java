package dev.seqguard.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PrintableText}: control characters escaped, URL passwords masked, everything
 * else as it was.
 */
class PrintableTextTests {

	@Test
	void controlCharactersAreEscapedAndTheRestIsKept() {
		assertThat(PrintableText.of("evil\nERROR forged\r\t\u001b[31m\u0000\u2028größe \"x\"; --"))
			.isEqualTo("evil\\nERROR forged\\r\\t\\x1b[31m\\x00\\u2028größe \"x\"; --");
	}

	@Test
	void escapingTwiceChangesNothingMore() {
		String once = PrintableText.of("a\nb\u001b");
		assertThat(PrintableText.of(once)).isEqualTo(once);
	}

	@Test
	void passwordsInUrlsAreMasked() {
		assertThat(PrintableText.of("'jdbc:postgresql://db:5432/app?user=app&password=s3cret&ssl=true'"))
			.isEqualTo("'jdbc:postgresql://db:5432/app?user=app&password=****&ssl=true'");
		assertThat(PrintableText.of("jdbc:postgresql://app:s3cret@db/app?sslpassword=key"))
			.isEqualTo("jdbc:postgresql://app:****@db/app?sslpassword=****");
		assertThat(PrintableText.of("seqguard.mode=repair on url=jdbc:postgresql://db/app?PassWord=s3cret"))
			.isEqualTo("seqguard.mode=repair on url=jdbc:postgresql://db/app?PassWord=****");
		assertThat(PrintableText.of("jdbc:postgresql://[::1]:5432/app")).isEqualTo("jdbc:postgresql://[::1]:5432/app");
	}

}
