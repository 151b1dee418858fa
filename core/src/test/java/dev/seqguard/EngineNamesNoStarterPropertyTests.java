package dev.seqguard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine says what to do in its own words: no string in its sources names a starter
 * property ({@code seqguard.mode=repair}); each front end names its own switch through
 * {@link dev.seqguard.settings.Switches}.
 */
class EngineNamesNoStarterPropertyTests {

	/** A string literal, text blocks included; escapes skipped. */
	private static final Pattern LITERAL = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"");

	/** {@code seqguard.} as a property's prefix, not inside {@code dev.seqguard.}. */
	private static final Pattern PROPERTY = Pattern.compile("(?<![\\w.])seqguard\\.");

	@Test
	void noStringOfTheEngineNamesAStarterProperty() throws IOException {
		List<String> found = new ArrayList<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			sources = files.filter((file) -> file.toString().endsWith(".java")).toList();
		}
		for (Path source : sources) {
			Matcher literal = LITERAL.matcher(Files.readString(source));
			while (literal.find()) {
				if (PROPERTY.matcher(literal.group()).find()) {
					found.add(source.getFileName() + ": " + literal.group());
				}
			}
		}
		assertThat(sources).hasSizeGreaterThan(50);
		assertThat(found).isEmpty();
	}

}
