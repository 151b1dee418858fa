package dev.seqguard.inspection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import dev.seqguard.inspection.StateReader.BranchResult;
import dev.seqguard.inspection.StateReader.Read;

/**
 * Reads parts on the check's own connection and, side by side, on a few more connections from the same pool, each
 * part in its own {@code READ ONLY} transaction.
 * <p>
 * The check never waits for a connection: a helper that has not got one by the time the check's own connection ran
 * out of parts gives it back unused. A helper whose connection fails puts its part back for the others. The check's
 * own connection waits only for parts a helper is reading.
 */
final class SideBySideReads {

	private final PartReader partReader;

	private final Deque<List<Read>> parts;

	private final BranchResult[] results;

	private int reading;

	private boolean finished;

	SideBySideReads(PartReader partReader, List<List<Read>> parts, BranchResult[] results) {
		this.partReader = partReader;
		this.parts = new ArrayDeque<>(parts);
		this.results = results;
	}

	/**
	 * Reads every part.
	 * @param connection the check's own connection, inside a transaction
	 * @param dataSource the pool for the helpers' connections
	 * @param helpers how many more connections to use
	 * @throws SQLException when the check's own connection fails
	 */
	void run(Connection connection, DataSource dataSource, int helpers) throws SQLException {
		for (int i = 1; i <= helpers; i++) {
			Thread helper = new Thread(() -> help(dataSource), "seqguard-reader-" + i);
			helper.setDaemon(true);
			helper.start();
		}
		boolean first = true;
		while (true) {
			List<Read> part = next();
			if (part == null) {
				return;
			}
			if (!first) {
				connection.rollback();
			}
			this.partReader.read(connection, part, !first, this.results);
			first = false;
		}
	}

	/**
	 * Takes the next part. The check's own connection, finding none, waits for the helpers still reading (a part
	 * a failing helper puts back is its again); from then on no helper starts.
	 */
	private synchronized List<Read> next() {
		List<Read> part = this.parts.poll();
		while (part == null && this.reading > 0) {
			this.finished = true;
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for side by side reads", ex);
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
				readParts(connection);
			}
			finally {
				stop();
			}
		}
		catch (SQLException | RuntimeException ex) {
			// the check's own connection reads what this one could not
		}
	}

	private void readParts(Connection connection) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		boolean readOnly = connection.isReadOnly();
		connection.setAutoCommit(false);
		connection.setReadOnly(true);
		try {
			List<Read> part;
			while ((part = take()) != null) {
				try {
					this.partReader.read(connection, part, true, this.results);
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
		this.reading++;
		return true;
	}

	private synchronized List<Read> take() {
		return this.parts.poll();
	}

	private synchronized void giveBack(List<Read> part) {
		this.parts.push(part);
	}

	private synchronized void stop() {
		this.reading--;
		notifyAll();
	}

}
