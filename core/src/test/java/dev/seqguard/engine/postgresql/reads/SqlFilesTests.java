package dev.seqguard.engine.postgresql.reads;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import dev.seqguard.engine.postgresql.catalog.TargetResolver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL sent is the file's without its comment lines, blank lines and indentation;
 * every other line stays as written.
 */
class SqlFilesTests {

	@Test
	void commentLinesBlankLinesAndIndentationAreLeftOutAndEveryOtherLineIsKept() throws IOException {
		String file;
		try (InputStream in = TargetResolver.class.getResourceAsStream("resolve_targets.sql")) {
			file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}

		String sql = SqlFiles.load(TargetResolver.class, "resolve_targets.sql");

		assertThat(file.lines().filter((line) -> line.strip().startsWith("--"))).as("comment lines in the file")
			.isNotEmpty();
		assertThat(file.lines().filter((line) -> line.startsWith(" "))).as("indented lines in the file").isNotEmpty();
		assertThat(sql.lines()).as("lines sent")
			.containsExactlyElementsOf(file.lines()
				.map(String::stripLeading)
				.filter((line) -> !line.isEmpty() && !line.startsWith("--"))
				.toList());
	}

}
