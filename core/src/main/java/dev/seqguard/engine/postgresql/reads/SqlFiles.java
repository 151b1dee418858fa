package dev.seqguard.engine.postgresql.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the SQL a class runs from the {@code .sql} resource next to it, without its
 * comment lines and indentation: they are for the reader of the file, and the driver and
 * the server would read them on every new connection (half of the catalog query, more of
 * the others). No statement has a string literal across lines, where either would be
 * text.
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
			String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			StringBuilder sql = new StringBuilder(file.length());
			for (int start = 0; start < file.length();) {
				int next = file.indexOf('\n', start);
				next = (next < 0) ? file.length() : next + 1;
				String line = file.substring(start, next).stripLeading();
				if (!line.startsWith("--")) {
					sql.append(line);
				}
				start = next;
			}
			return sql.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
