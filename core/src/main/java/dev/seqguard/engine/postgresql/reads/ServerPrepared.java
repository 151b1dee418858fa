package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Prepares statements that are run again on every check so that PostgreSQL keeps their
 * plan, where the connection allows server-side statements at all.
 * <p>
 * pgjdbc makes a statement server-prepared only from its fifth execution on a connection
 * ({@code prepareThreshold}); these statements are asked to be prepared from the first,
 * so that a re-check on any pooled connection plans each chunk at most once. A connection
 * configured with {@code prepareThreshold=0} (what users of PgBouncer and other
 * transaction-pooling proxies set, since the next transaction may run on another server
 * connection that does not know the statement) is left as it is: its statements are never
 * prepared on the server. Without pgjdbc (another driver) they are ordinary prepared
 * statements.
 */
public final class ServerPrepared {

	private static final boolean PGJDBC_PRESENT = OptionalClasses.isPresent("org.postgresql.PGConnection");

	private ServerPrepared() {
	}

	/**
	 * The physical connection behind {@code connection} (a pool's proxy), when statements
	 * prepared on it keep their plan on the server: a pgjdbc connection not configured
	 * with {@code prepareThreshold=0}.
	 * @param connection the connection
	 * @return the pgjdbc connection, one per backend; {@code null} when plans are not
	 * kept
	 * @throws SQLException when the connection cannot be asked
	 */
	static @Nullable Object backendKeepingPlans(Connection connection) throws SQLException {
		return PGJDBC_PRESENT ? PgJdbc.backendKeepingPlans(connection) : null;
	}

	/**
	 * Prepares a statement the server keeps prepared where the driver can be told so.
	 * @param connection the connection
	 * @param sql the statement
	 * @return the prepared statement
	 * @throws SQLException when it cannot be prepared
	 */
	public static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		if (PGJDBC_PRESENT) {
			PgJdbc.prepareOnServerFromFirstUse(connection, statement);
		}
		return statement;
	}

	/** Touches pgjdbc's types, so it is loaded only when pgjdbc is present. */
	private static final class PgJdbc {

		static org.postgresql.@Nullable PGConnection backendKeepingPlans(Connection connection) throws SQLException {
			if (!connection.isWrapperFor(org.postgresql.PGConnection.class)) {
				return null;
			}
			org.postgresql.PGConnection backend = connection.unwrap(org.postgresql.PGConnection.class);
			return (backend.getPrepareThreshold() != 0) ? backend : null;
		}

		static void prepareOnServerFromFirstUse(Connection connection, PreparedStatement statement)
				throws SQLException {
			if (!connection.isWrapperFor(org.postgresql.PGConnection.class)
					|| !statement.isWrapperFor(org.postgresql.PGStatement.class)) {
				return;
			}
			// 0: never prepare on the server; 1 or negative (binary transfer): prepared
			// from the first use already
			int threshold = connection.unwrap(org.postgresql.PGConnection.class).getPrepareThreshold();
			if (threshold > 1) {
				statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(1);
			}
		}

	}

}
