package dev.seqguard.engine.postgresql.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the SQL a class runs from the {@code .sql} resource next to it.
 */
public final class SqlFiles {

	private SqlFiles() {
	}

	/**
	 * Loads one statement.
	 * @param owner the class the resource lies next to
	 * @param resource the file name
	 * @return the SQL
	 */
	public static String load(Class<?> owner, String resource) {
		try (InputStream in = owner.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing SQL resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
