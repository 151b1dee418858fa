package dev.seqguard.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One glob pattern ({@code *} any run of characters, {@code ?} one character) on a
 * PostgreSQL name or a bean name; matching is exact, as PostgreSQL names are
 * case-sensitive.
 */
public final class Glob {

	private final String pattern;

	private final Pattern regex;

	/**
	 * Creates a glob.
	 * @param pattern the pattern
	 */
	public Glob(String pattern) {
		this.pattern = pattern;
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		this.regex = Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/**
	 * Returns the pattern as written.
	 * @return the pattern
	 */
	public String pattern() {
		return this.pattern;
	}

	/**
	 * Whether the whole name matches.
	 * @param name the name
	 * @return whether it matches
	 */
	public boolean matches(String name) {
		return this.regex.matcher(name).matches();
	}

	/**
	 * Creates a glob of each pattern.
	 * @param patterns the patterns
	 * @return the globs, in the patterns' order
	 */
	public static List<Glob> all(List<String> patterns) {
		List<Glob> globs = new ArrayList<>(patterns.size());
		for (String pattern : patterns) {
			globs.add(new Glob(pattern));
		}
		return List.copyOf(globs);
	}

	/**
	 * Whether any of the globs matches the whole name.
	 * @param globs the globs
	 * @param name the name
	 * @return whether one matches
	 */
	public static boolean anyMatches(List<Glob> globs, String name) {
		for (Glob glob : globs) {
			if (glob.matches(name)) {
				return true;
			}
		}
		return false;
	}

}
