package dev.seqguard.errors;

import java.sql.SQLException;

import dev.seqguard.settings.Switches;
import org.jspecify.annotations.Nullable;

/**
 * Turns PostgreSQL errors into messages that name the SQLSTATE and what to do about it.
 * <p>
 * Spring's exception translation maps neither 42501 (privilege) nor 25006 (read-only), so
 * the SQLSTATE is read from the {@link SQLException} itself.
 */
public final class DatabaseErrors {

	/** {@code insufficient_privilege}. */
	public static final String INSUFFICIENT_PRIVILEGE = "42501";

	/**
	 * {@code read_only_sql_transaction}: a hot standby or
	 * {@code default_transaction_read_only}.
	 */
	public static final String READ_ONLY_TRANSACTION = "25006";

	/** {@code lock_not_available}: {@code lock_timeout} expired. */
	public static final String LOCK_NOT_AVAILABLE = "55P03";

	/** {@code query_canceled}: {@code statement_timeout} expired. */
	public static final String QUERY_CANCELED = "57014";

	/**
	 * {@code numeric_value_out_of_range}: for example {@code setval} beyond the
	 * sequence's max value.
	 */
	public static final String OUT_OF_RANGE = "22003";

	private DatabaseErrors() {
	}

	/**
	 * Returns the first SQLSTATE on the exception's cause chain.
	 * @param error any exception
	 * @return the SQLSTATE, or {@code null} when there is none
	 */
	static @Nullable String sqlState(@Nullable Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sqlException && sqlException.getSQLState() != null) {
				return sqlException.getSQLState();
			}
		}
		return null;
	}

	/**
	 * Whether the error means the connection is gone, so that retrying on it is
	 * pointless.
	 * @param error the error
	 * @return {@code true} for connection exceptions (class 08) and server shutdowns
	 */
	public static boolean isConnectionFailure(SQLException error) {
		String state = error.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("57P"));
	}

	/**
	 * Describes an error with its SQLSTATE and, where one is known, the remedy.
	 * @param error the error
	 * @param switches the settings a remedy may name
	 * @return a one-line description
	 */
	public static String describe(Throwable error, Switches switches) {
		String state = sqlState(error);
		String message = firstLine(error.getMessage());
		if (state == null) {
			return error.getClass().getSimpleName() + ": " + message;
		}
		String remedy = switch (state) {
			case QUERY_CANCELED ->
				" (" + raise(switches.statementTimeout(), ", or ") + "look for a session holding a lock on the table)";
			case LOCK_NOT_AVAILABLE ->
				" (another session holds a conflicting lock; " + raise(switches.lockTimeout(), " or ") + "retry)";
			case READ_ONLY_TRANSACTION ->
				" (the database is a hot standby or read-only: point SeqGuard at the" + " primary)";
			case INSUFFICIENT_PRIVILEGE -> " (grant the missing privilege to the application's role)";
			default -> "";
		};
		return "SQLSTATE " + state + ": " + message + remedy;
	}

	/** The advice to raise a timeout, when the front end has a setting for it. */
	private static String raise(@Nullable String timeout, String or) {
		return (timeout != null) ? "raise " + timeout + or : "";
	}

	private static String firstLine(@Nullable String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		return (newline >= 0) ? message.substring(0, newline).trim() : message.trim();
	}

}
