package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.springframework.util.ClassUtils;

/**
 * Prepares statements that are run again on every check so that PostgreSQL keeps their plan.
 * <p>
 * pgjdbc makes a statement server-prepared only from its fifth execution on a connection; these statements are
 * asked to be prepared from the first, so that a re-check on any pooled connection plans each chunk at most once.
 * Without pgjdbc (another driver) they are ordinary prepared statements.
 */
final class ServerPrepared {

	private static final boolean PGJDBC_PRESENT = ClassUtils.isPresent("org.postgresql.PGStatement",
			ServerPrepared.class.getClassLoader());

	private ServerPrepared() {
	}

	static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		if (PGJDBC_PRESENT && statement.isWrapperFor(org.postgresql.PGStatement.class)) {
			statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(1);
		}
		return statement;
	}

}
