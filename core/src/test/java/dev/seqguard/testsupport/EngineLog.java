package dev.seqguard.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The engine's log lines while a test runs, one {@code LEVEL logger message} line each,
 * with commons-logging's level names ({@code ERROR}, {@code WARN}, {@code INFO},
 * {@code DEBUG}). Without another backend on the classpath commons-logging writes to
 * {@code java.util.logging}, where this handler listens on the logger
 * {@code dev.seqguard}. Use it through {@link CaptureEngineLog}.
 */
public final class EngineLog extends Handler {

	private static final String LOGGER = "dev.seqguard";

	private final List<String> lines = new ArrayList<>();

	private final Logger logger = Logger.getLogger(LOGGER);

	EngineLog() {
	}

	/**
	 * Returns every line logged since the test started, one per record.
	 * @return the lines, joined by newlines
	 */
	public synchronized String getAll() {
		return String.join("\n", this.lines);
	}

	@Override
	public synchronized void publish(LogRecord record) {
		this.lines.add(levelName(record.getLevel()) + " " + record.getLoggerName() + " " + record.getMessage());
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	void start() {
		this.logger.addHandler(this);
	}

	void stop() {
		this.logger.removeHandler(this);
	}

	private static String levelName(Level level) {
		if (level.intValue() >= Level.SEVERE.intValue()) {
			return "ERROR";
		}
		if (level.intValue() >= Level.WARNING.intValue()) {
			return "WARN";
		}
		if (level.intValue() >= Level.INFO.intValue()) {
			return "INFO";
		}
		return "DEBUG";
	}

}
