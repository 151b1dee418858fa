package dev.seqguard.cli;

import java.io.PrintStream;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import dev.seqguard.report.PrintableText;

/**
 * Prints the {@code dev.seqguard} log, the lines an application shows at startup, one
 * line per message: {@code WARN Sequence drift on ...}, never more than one line
 * ({@link PrintableText}).
 */
final class ConsoleLog {

	/** Held here, since {@code java.util.logging} keeps loggers only weakly. */
	private static final Logger logger = Logger.getLogger("dev.seqguard");

	private ConsoleLog() {
	}

	/**
	 * Has commons-logging write to {@code java.util.logging}, whatever else is on the
	 * classpath; called before the first SeqGuard class logs.
	 */
	static void useJdkLogging() {
		System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
		System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
	}

	/**
	 * Sends SeqGuard's log lines to a stream, and only there.
	 * @param stream where they go
	 * @param debug whether the DEBUG lines (healthy and skipped columns) are shown
	 */
	static void writeTo(PrintStream stream, boolean debug) {
		for (Handler handler : logger.getHandlers()) {
			logger.removeHandler(handler);
		}
		logger.setUseParentHandlers(false);
		Level level = debug ? Level.FINE : Level.INFO;
		logger.setLevel(level);
		Handler handler = new LineHandler(stream);
		handler.setLevel(level);
		logger.addHandler(handler);
	}

	private static final class LineHandler extends Handler {

		private final PrintStream stream;

		LineHandler(PrintStream stream) {
			this.stream = stream;
			setFormatter(new LineFormatter());
		}

		@Override
		public void publish(LogRecord record) {
			if (isLoggable(record)) {
				this.stream.print(getFormatter().format(record));
				this.stream.flush();
			}
		}

		@Override
		public void flush() {
			this.stream.flush();
		}

		@Override
		public void close() {
			flush();
		}

	}

	private static final class LineFormatter extends Formatter {

		@Override
		public String format(LogRecord record) {
			Throwable thrown = record.getThrown();
			return label(record.getLevel()) + " "
					+ PrintableText.of(formatMessage(record) + ((thrown != null) ? " (" + thrown + ")" : ""))
					+ System.lineSeparator();
		}

		private static String label(Level level) {
			if (level.intValue() >= Level.SEVERE.intValue()) {
				return "ERROR";
			}
			if (level.intValue() >= Level.WARNING.intValue()) {
				return "WARN";
			}
			return (level.intValue() >= Level.INFO.intValue()) ? "INFO" : "DEBUG";
		}

	}

}
