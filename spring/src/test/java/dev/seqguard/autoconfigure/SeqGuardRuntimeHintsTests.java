package dev.seqguard.autoconfigure;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A native image finds every {@code .sql} resource the engine loads at run time.
 */
class SeqGuardRuntimeHintsTests {

	@Test
	void everySqlResourceOfTheEngineIsRegistered() throws IOException {
		RuntimeHints hints = new RuntimeHints();
		new SeqGuardRuntimeHints().registerHints(hints, getClass().getClassLoader());

		List<String> resources = Arrays
			.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:dev/seqguard/**/*.sql"))
			.map(SeqGuardRuntimeHintsTests::path)
			.toList();

		assertThat(resources).contains("dev/seqguard/engine/postgresql/catalog/catalog_targets.sql",
				"dev/seqguard/engine/postgresql/reads/read_state.sql",
				"dev/seqguard/engine/postgresql/catalog/resolve_targets.sql");
		assertThat(resources)
			.allSatisfy((resource) -> assertThat(RuntimeHintsPredicates.resource().forResource(resource))
				.as("resource hint for %s", resource)
				.accepts(hints));
	}

	private static String path(Resource resource) {
		try {
			String url = resource.getURL().toString();
			return url.substring(url.lastIndexOf("dev/seqguard/"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
