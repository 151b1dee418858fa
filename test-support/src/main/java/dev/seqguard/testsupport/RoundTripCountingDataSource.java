package dev.seqguard.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the calls that cost a round trip to the server: statement executions,
 * savepoints, commits and rollbacks. Counting rollbacks and commits even when the driver
 * could skip them makes the count an upper bound.
 */
public final class RoundTripCountingDataSource extends DelegatingDataSource {

	private static final Set<String> CONNECTION_ROUND_TRIPS = Set.of("commit", "rollback", "setSavepoint",
			"releaseSavepoint");

	private final AtomicInteger roundTrips = new AtomicInteger();

	/**
	 * Wraps a datasource.
	 * @param target the datasource to count
	 */
	public RoundTripCountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws java.sql.SQLException {
		return countingConnection(super.getConnection());
	}

	/**
	 * Returns the round trips counted so far and starts again from zero.
	 * @return the count
	 */
	public int takeCount() {
		return this.roundTrips.getAndSet(0);
	}

	private Connection countingConnection(Connection connection) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (CONNECTION_ROUND_TRIPS.contains(method.getName())) {
				this.roundTrips.incrementAndGet();
			}
			Object result = invoke(connection, method, args);
			return (result instanceof Statement statement) ? countingStatement(statement) : result;
		};
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				handler);
	}

	private Statement countingStatement(Statement statement) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute")) {
				this.roundTrips.incrementAndGet();
			}
			return invoke(statement, method, args);
		};
		Class<?>[] interfaces = (statement instanceof java.sql.PreparedStatement)
				? new Class<?>[] { java.sql.PreparedStatement.class } : new Class<?>[] { Statement.class };
		return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), interfaces, handler);
	}

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
