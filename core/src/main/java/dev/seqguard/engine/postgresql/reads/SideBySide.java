package dev.seqguard.engine.postgresql.reads;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

/**
 * Runs parts of a check on the check's own connection and, side by side, on a few more
 * connections from the same pool ({@link SpareConnections}), each part in its own
 * {@code READ ONLY} transaction except the first on the check's own connection, which
 * continues the transaction the check is in.
 * <p>
 * The check never waits for a connection: a helper that has not got one by the time the
 * check's own connection ran out of parts gives it back unused. A helper whose connection
 * fails puts its part back for the others. The check's own connection waits only for
 * parts a helper is running. Each part writes its results to places of its own.
 */
public final class SideBySide {

	private final Deque<Part> parts;

	private int running;

	private boolean finished;

	private SideBySide(List<Part> parts) {
		// added one by one: the copying constructor links a lambda in a new JVM
		this.parts = new ArrayDeque<>(parts.size());
		for (Part part : parts) {
			this.parts.addLast(part);
		}
	}

	/**
	 * Runs every part, on the check's own connection only when {@code helpers} is 0.
	 * @param connection the check's own connection, inside a transaction
	 * @param dataSource the pool for the helpers' connections
	 * @param helpers how many more connections to use at most
	 * @param parts the parts
	 * @throws SQLException when the check's own connection fails
	 */
	public static void run(Connection connection, DataSource dataSource, int helpers, List<Part> parts)
			throws SQLException {
		new SideBySide(parts).run(connection, dataSource, helpers);
	}

	private void run(Connection connection, DataSource dataSource, int helpers) throws SQLException {
		for (int i = 1; i <= helpers; i++) {
			Thread helper = new Thread(() -> help(dataSource), "seqguard-reader-" + i);
			helper.setDaemon(true);
			helper.start();
		}
		boolean first = true;
		while (true) {
			Part part = next();
			if (part == null) {
				return;
			}
			if (!first) {
				connection.rollback();
			}
			part.run(connection, !first);
			first = false;
		}
	}

	/**
	 * Takes the next part. The check's own connection, finding none, waits for the
	 * helpers still running (a part a failing helper puts back is its again); from then
	 * on no helper starts.
	 */
	private synchronized Part next() {
		Part part = this.parts.poll();
		while (part == null && this.running > 0) {
			this.finished = true;
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for parts run side by side", ex);
			}
			part = this.parts.poll();
		}
		this.finished = (part == null) || this.finished;
		return part;
	}

	private void help(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			if (!start()) {
				return;
			}
			try {
				runParts(connection);
			}
			finally {
				stop();
			}
		}
		catch (SQLException | RuntimeException ex) {
			// the check's own connection reads what this one could not
		}
	}

	private void runParts(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		try {
			Part part;
			while ((part = take()) != null) {
				try {
					part.run(connection, true);
					connection.rollback();
				}
				catch (SQLException | RuntimeException ex) {
					giveBack(part);
					throw ex;
				}
			}
		}
		finally {
			if (!connection.isClosed()) {
				connection.rollback();
				connection.setReadOnly(readOnly);
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private synchronized boolean start() {
		if (this.finished) {
			return false;
		}
		this.running++;
		return true;
	}

	private synchronized Part take() {
		return this.parts.poll();
	}

	private synchronized void giveBack(Part part) {
		this.parts.push(part);
	}

	private synchronized void stop() {
		this.running--;
		notifyAll();
	}

	/** One part of a check: a statement or a few, on whichever connection takes it. */
	@FunctionalInterface
	public interface Part {

		/**
		 * Runs the part.
		 * @param connection a connection that is not in auto-commit mode
		 * @param newTransaction whether the part starts a transaction (and so sends its
		 * settings) or continues one
		 * @throws SQLException when the part fails
		 */
		public void run(Connection connection, boolean newTransaction) throws SQLException;

	}

}
