package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import dev.seqguard.engine.postgresql.reads.StateReader.Read;
import org.jspecify.annotations.Nullable;

/**
 * The backends an inspector's checks have read on, and which parts each has read: a
 * backend that read a part before keeps its catalog entries warm and can keep the plan of
 * the part's {@link WarmRead} for every later check.
 * <p>
 * A backend is known by its pgjdbc connection (the physical one behind a pool's proxy),
 * held weakly: a connection the pool closes is forgotten with it. Only connections whose
 * statements keep their plans on the server ({@link ServerPrepared#backendKeepingPlans})
 * are remembered: behind PgBouncer ({@code prepareThreshold=0}) every check reads table
 * by table ({@link ColdRead}). A part is known by the hash of its reads, which make its
 * {@link WarmRead}'s text: two parts that collide cost one plan, never a wrong result,
 * since both shapes read the same values.
 */
public final class WarmBackends {

	private final Map<Object, Set<Integer>> partsByBackend = Collections.synchronizedMap(new WeakHashMap<>());

	/**
	 * Whether a check has read on this connection's backend before.
	 * @param connection the connection
	 * @return whether the backend has read any part
	 * @throws SQLException when the connection cannot be asked
	 */
	boolean knows(Connection connection) throws SQLException {
		Object backend = backend(connection);
		return backend != null && this.partsByBackend.containsKey(backend);
	}

	/**
	 * Whether this connection's backend keeps the plans of the statements prepared on it.
	 * @param connection the connection
	 * @return whether statements are server-prepared on it
	 * @throws SQLException when the connection cannot be asked
	 */
	boolean keepsPlans(Connection connection) throws SQLException {
		return backend(connection) != null;
	}

	/**
	 * Whether this connection's backend has read this part before.
	 * @param connection the connection
	 * @param part the part's reads
	 * @return whether its plan can be kept from an earlier check
	 * @throws SQLException when the connection cannot be asked
	 */
	boolean hasRead(Connection connection, List<Read> part) throws SQLException {
		Object backend = backend(connection);
		Set<Integer> parts = (backend != null) ? this.partsByBackend.get(backend) : null;
		return parts != null && parts.contains(part.hashCode());
	}

	/**
	 * Remembers that this connection's backend has read this part.
	 * @param connection the connection
	 * @param part the part's reads
	 * @throws SQLException when the connection cannot be asked
	 */
	void remember(Connection connection, List<Read> part) throws SQLException {
		Object backend = backend(connection);
		if (backend != null) {
			Set<Integer> parts = this.partsByBackend.get(backend);
			if (parts == null) {
				Set<Integer> created = ConcurrentHashMap.newKeySet();
				parts = this.partsByBackend.putIfAbsent(backend, created);
				if (parts == null) {
					parts = created;
				}
			}
			parts.add(part.hashCode());
		}
	}

	private static @Nullable Object backend(Connection connection) throws SQLException {
		return ServerPrepared.backendKeepingPlans(connection);
	}

}
