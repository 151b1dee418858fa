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
		@Nullable StringBuilder printable = null;
		for (int i = 0; i < text.length(); i++) {
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

	private static @Nullable String escape(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
					? ((c <= 0xff) ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c)) : null;
		};
	}

	/**
	 * Masks passwords; text without the {@code =} or {@code @} a pattern needs is not
	 * matched against it (most text: a new JVM's regex code is slow).
	 */
	private static String masked(String text) {
		String masked = (text.indexOf('=') < 0) ? text : PASSWORD_PARAMETER.matcher(text).replaceAll("$1****");
		return (masked.indexOf('@') < 0) ? masked : USER_INFO_PASSWORD.matcher(masked).replaceAll("$1****@");
	}

}
