package dev.seqguard.autoconfigure.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.jspecify.annotations.Nullable;

/**
 * Lets SeqGuard work inside a test-managed transaction, where rows inserted by
 * {@code @Sql} scripts are visible only on the transaction's own connection.
 * <p>
 * SeqGuard then runs on that connection behind a savepoint: its own transaction
 * boundaries become savepoint operations, its session settings stay as the test set them,
 * and when it is done everything it did is rolled back to the savepoint (its
 * {@code SET LOCAL} settings and its locks) except {@code setval}, which PostgreSQL never
 * rolls back. The test's rows and transaction are left as they were.
 */
final class TestTransactionConnections {

	private TestTransactionConnections() {
	}

	/**
	 * Returns a datasource on the current thread's transaction, or the datasource itself
	 * when no transaction holds one of its connections.
	 * @param dataSource a guarded datasource
	 * @return the datasource to check through
	 */
	static DataSource joinIfActive(DataSource dataSource) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()
				|| !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder)) {
			return dataSource;
		}
		return new DelegatingDataSource(dataSource) {

			@Override
			public Connection getConnection() throws SQLException {
				return joined(DataSourceUtils.getConnection(dataSource));
			}

		};
	}

	private static Connection joined(Connection transaction) throws SQLException {
		return (Connection) Proxy.newProxyInstance(TestTransactionConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new Joined(transaction, transaction.setSavepoint()));
	}

	/**
	 * The transaction's connection, with SeqGuard's transaction control mapped onto one
	 * savepoint.
	 */
	private record Joined(Connection transaction, Savepoint start) implements InvocationHandler {

		@Override
		public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
			switch (method.getName()) {
				case "commit", "setAutoCommit", "setReadOnly", "setTransactionIsolation" -> {
					// the test owns the transaction and its characteristics
					return null;
				}
				case "getAutoCommit" -> {
					return false;
				}
				case "rollback" -> {
					if (args == null || args.length == 0) {
						this.transaction.rollback(this.start);
						return null;
					}
				}
				case "close" -> {
					this.transaction.rollback(this.start);
					this.transaction.releaseSavepoint(this.start);
					return null;
				}
				case "isClosed" -> {
					return this.transaction.isClosed();
				}
				default -> {
				}
			}
			try {
				return method.invoke(this.transaction, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
