package dev.seqguard.engine.postgresql.reads;

/**
 * Tells whether an optional library (pgjdbc, HikariCP) is on the classpath, without
 * loading its classes.
 */
final class OptionalClasses {

	private OptionalClasses() {
	}

	static boolean isPresent(String className) {
		try {
			Class.forName(className, false, OptionalClasses.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

}
