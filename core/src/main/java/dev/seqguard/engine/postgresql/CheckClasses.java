package dev.seqguard.engine.postgresql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.seqguard.engine.postgresql.reads.SqlFiles;

/**
 * The classes a PostgreSQL check loads, SeqGuard's and the driver's, and the SQL files it
 * reads, listed in {@value #LIST} in the order a check meets them. In a JVM that has
 * never run a check, reading and defining them is about half of the check's own time; an
 * application that has them loaded on another thread while it starts ({@link #load})
 * spares its startup check that cost.
 * <p>
 * They are loaded and linked, not initialized: no static initializer runs on the loading
 * thread, so it cannot wait on a class the application's own threads are initializing.
 */
public final class CheckClasses {

	/** The resource next to this class that names the classes, one per line. */
	static final String LIST = "check-classes.txt";

	/** How the list's SQL files end; every other entry is a class. */
	private static final String SQL_FILE = ".sql";

	private CheckClasses() {
	}

	/**
	 * Loads and links every listed class the loader can find, and reads every listed SQL
	 * file ahead ({@link SqlFiles#readAhead}). The classes' constructors are asked for
	 * only so that the JVM links each class.
	 * @param loader the class loader the check's classes come from
	 * @return the listed classes it could not find or link (another driver version, or a
	 * class of an optional library that is absent, which the check then never uses) and
	 * the listed SQL files it could not find
	 */
	@SuppressWarnings("ReturnValueIgnored")
	public static List<String> load(ClassLoader loader) {
		List<String> missing = new ArrayList<>();
		for (String name : names()) {
			if (name.endsWith(SQL_FILE)) {
				if (!SqlFiles.readAhead(loader, name)) {
					missing.add(name);
				}
				continue;
			}
			try {
				// reflection has the JVM link (verify) the class without initializing it:
				// the check then verifies none of them itself
				Class.forName(name, false, loader).getDeclaredConstructors();
			}
			catch (ClassNotFoundException | LinkageError ex) {
				missing.add(name);
			}
		}
		return missing;
	}

	/**
	 * Returns the listed class names and SQL files, in their order.
	 * @return the names
	 */
	static List<String> names() {
		List<String> names = new ArrayList<>();
		try (InputStream in = CheckClasses.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + LIST);
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("#")) {
					names.add(name);
				}
			}
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
