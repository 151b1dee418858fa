package dev.seqguard.report;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text SeqGuard prints (log lines, exception and failure-analysis
 * messages, CLI text, health details, meter tags): names come from the database, and
 * whoever can create a table chooses them, so a control character is shown escaped
 * ({@code \n}, {@code \r}, {@code \t}, {@code \x1b}; the line separators U+2028 and
 * U+2029 too) and can neither start a new line nor drive a terminal; and a password in a
 * JDBC URL is shown as {@code ****} ({@code password=****}, {@code //user:****@host}).
 * Names in SQL never pass through here: they stay exactly as they are.
 */
public final class PrintableText {

	/** A URL parameter whose name ends in {@code password}, up to the next parameter. */
	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");

	private static final String PASSWORD = "password";

	/** The password of a URL's {@code user:password@} part. */
	private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@\\s]*:)[^/@\\s]*@");

	private PrintableText() {
	}

	/**
	 * Returns text fit to print: control characters escaped, URL passwords masked.
	 * Applying it twice changes nothing more.
	 * @param text any text
	 * @return the text on one line, without control characters or passwords
	 */
	public static String of(String text) {
		return masked(escaped(text));
	}

	private static String escaped(String text) {
		int first = 0;
		while (first < text.length() && !needsEscape(text.charAt(first))) {
			first++;
		}
		if (first == text.length()) {
			return text;
		}
		@Nullable StringBuilder printable = null;
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			String escape = escape(c);
			if (escape != null && printable == null) {
				printable = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (printable != null) {
				if (escape != null) {
					printable.append(escape);
				}
				else {
					printable.append(c);
				}
			}
		}
		return (printable != null) ? printable.toString() : text;
	}

	/**
	 * Whether a character is shown escaped: a control character (C0, DEL, C1) or a line
	 * separator.
	 */
	private static boolean needsEscape(char c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
	}

	private static @Nullable String escape(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> needsEscape(c)
					? ((c <= 0xff) ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c)) : null;
		};
	}

	/**
	 * Masks passwords; text without the {@code password=} or {@code @} a pattern needs is
	 * not matched against it (most text: a new JVM runs regex code slowly).
	 */
	private static String masked(String text) {
		String masked = hasPasswordParameter(text) ? PASSWORD_PARAMETER.matcher(text).replaceAll("$1****") : text;
		return (masked.indexOf('@') < 0) ? masked : USER_INFO_PASSWORD.matcher(masked).replaceAll("$1****@");
	}

	/** Whether the text holds {@code password=}, in any case. */
	private static boolean hasPasswordParameter(String text) {
		for (int at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
			if (at >= PASSWORD.length()
					&& text.regionMatches(true, at - PASSWORD.length(), PASSWORD, 0, PASSWORD.length())) {
				return true;
			}
		}
		return false;
	}

}
