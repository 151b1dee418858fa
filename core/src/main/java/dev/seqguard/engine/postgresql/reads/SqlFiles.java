package dev.seqguard.engine.postgresql.reads;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the SQL a class runs from the {@code .sql} resource next to it, without its
 * comment lines and indentation: they are for the reader of the file, and the driver and
 * the server would read them on every new connection (half of the catalog query, more of
 * the others). No statement has a string literal across lines, where either would be
 * text.
 * <p>
 * A file read ahead ({@link #readAhead}, on another thread while the application starts)
 * is not read again: in a JVM that has never run a check, finding a resource in the jar
 * and reading it costs the check's own time.
 */
public final class SqlFiles {

	/** The SQL of each file read, by its resource path. */
	private static final Map<String, String> byPath = new ConcurrentHashMap<>();

	private SqlFiles() {
	}

	/**
	 * Loads one statement.
	 * @param owner the class the resource lies next to
	 * @param resource the file name
	 * @return the SQL
	 */
	public static String load(Class<?> owner, String resource) {
		String path = owner.getPackageName().replace('.', '/') + '/' + resource;
		String sql = byPath.get(path);
		return (sql != null) ? sql : read(owner.getClassLoader(), path);
	}

	/**
	 * Reads a file ahead of the class that loads it.
	 * @param loader the class loader of the classes that load it
	 * @param path the resource path, such as
	 * {@code dev/seqguard/engine/postgresql/reads/read_state.sql}
	 * @return whether the file exists
	 */
	public static boolean readAhead(ClassLoader loader, String path) {
		try {
			read(loader, path);
			return true;
		}
		catch (IllegalStateException ex) {
			return false;
		}
	}

	private static String read(ClassLoader loader, String path) {
		try (InputStream in = loader.getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing SQL resource " + path);
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
			String text = sql.toString();
			byPath.put(path, text);
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
