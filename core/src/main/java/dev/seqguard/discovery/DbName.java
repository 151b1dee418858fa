package dev.seqguard.discovery;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A table or sequence name split into schema and object, both exactly as PostgreSQL
 * stores them.
 * <p>
 * Hibernate renders names SQL-ready: {@code inventory.stock_item}, {@code "OrderLine"}.
 * Parsing them here, with PostgreSQL's rules (quoted parts keep their case, unquoted
 * parts fold to lower case), lets the names reach the database as bind parameters instead
 * of SQL text. Like PostgreSQL, each part is cut to {@value #MAX_IDENTIFIER_BYTES} bytes
 * (NAMEDATALEN - 1) of UTF-8, never inside a character: a longer name in a mapping
 * reaches the same table, column or sequence as Hibernate's own SQL does.
 *
 * @param schema the schema, or {@code null} when the name is resolved through
 * {@code search_path}
 * @param name the object name
 */
public record DbName(@Nullable String schema, String name) {

	/**
	 * The longest identifier PostgreSQL keeps, in bytes of the database encoding (UTF-8
	 * assumed).
	 */
	public static final int MAX_IDENTIFIER_BYTES = 63;

	/**
	 * Parses a possibly qualified, possibly quoted name; a leading catalog part is
	 * ignored.
	 * @param rendered the name as SQL text
	 * @return the parsed name
	 * @throws IllegalArgumentException when the text is not a valid SQL name
	 */
	static DbName parse(String rendered) {
		List<String> parts = splitQualified(rendered);
		if (parts.size() > 3) {
			throw new IllegalArgumentException("Not a table or sequence name: " + rendered);
		}
		String name = parts.get(parts.size() - 1);
		String schema = (parts.size() > 1) ? parts.get(parts.size() - 2) : null;
		return new DbName(schema, name);
	}

	/**
	 * Parses a single identifier such as a column name.
	 * @param rendered the identifier as SQL text, quoted or not
	 * @return the identifier as PostgreSQL stores it
	 */
	static String parseIdentifier(String rendered) {
		List<String> parts = splitQualified(rendered);
		if (parts.size() != 1) {
			throw new IllegalArgumentException("Not a single identifier: " + rendered);
		}
		return parts.get(0);
	}

	static List<String> splitQualified(String text) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (true) {
			StringBuilder part = new StringBuilder();
			if (i < length && text.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= length) {
						throw new IllegalArgumentException("Unterminated quoted name: " + text);
					}
					char c = text.charAt(i++);
					if (c == '"') {
						if (i < length && text.charAt(i) == '"') {
							part.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						part.append(c);
					}
				}
			}
			else {
				int start = i;
				while (i < length && text.charAt(i) != '.') {
					i++;
				}
				part.append(foldAsciiToLowerCase(text.substring(start, i).trim()));
			}
			if (part.isEmpty()) {
				throw new IllegalArgumentException("Empty name part in: " + text);
			}
			parts.add(truncate(part.toString()));
			if (i >= length) {
				return parts;
			}
			if (text.charAt(i) != '.') {
				throw new IllegalArgumentException("Unexpected character after quoted name: " + text);
			}
			i++;
		}
	}

	/**
	 * Cuts an identifier as PostgreSQL does (scansup.c: truncate_identifier): to at most
	 * {@value #MAX_IDENTIFIER_BYTES} bytes of UTF-8, dropping a character that would not
	 * fit whole.
	 * @param identifier the identifier as written
	 * @return the identifier as PostgreSQL stores it
	 */
	static String truncate(String identifier) {
		int bytes = 0;
		int end = 0;
		while (end < identifier.length()) {
			int codePoint = identifier.codePointAt(end);
			bytes += utf8Length(codePoint);
			if (bytes > MAX_IDENTIFIER_BYTES) {
				return identifier.substring(0, end);
			}
			end += Character.charCount(codePoint);
		}
		return identifier;
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

	// PostgreSQL folds only the ASCII letters of an unquoted name (scan.l:
	// downcase_identifier).
	private static String foldAsciiToLowerCase(String identifier) {
		StringBuilder folded = new StringBuilder(identifier.length());
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			folded.append((c >= 'A' && c <= 'Z') ? (char) (c + ('a' - 'A')) : c);
		}
		return folded.toString();
	}

	/**
	 * Returns the name as it would be written in SQL, quoted where needed.
	 * @return the qualified name for messages
	 */
	@Override
	public String toString() {
		return (this.schema != null) ? quote(this.schema) + "." + quote(this.name) : quote(this.name);
	}

	/**
	 * Quotes one identifier where SQL needs it.
	 * @param identifier the identifier as PostgreSQL stores it
	 * @return the identifier as SQL text
	 */
	public static String quote(String identifier) {
		return isPlain(identifier) ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/**
	 * Whether SQL can name the identifier unquoted: {@code [a-z_][a-z0-9_$]*}, checked
	 * character by character rather than by a regular expression compiled at every call,
	 * work a cold JVM's startup check need not do.
	 */
	private static boolean isPlain(String identifier) {
		if (identifier.isEmpty()) {
			return false;
		}
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			boolean letter = (c >= 'a' && c <= 'z') || c == '_';
			if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '$'))) {
				return false;
			}
		}
		return true;
	}

}
