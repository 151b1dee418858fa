package dev.seqguard.engine.postgresql.catalog;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * The sequences of the checked schemas as a check last read them, per datasource, so that
 * re-checks list what is not guarded without reading every sequence again: they change
 * only with the schema, while a re-check runs every minute and, in a schema of thousands
 * of sequences, reading them cost several times the re-check itself. Read again after
 * {@link #REREAD_AFTER}, or when a check looks in other schemas.
 */
public final class KnownSequences {

	/** How long the sequences read by one check serve the next ones. */
	public static final Duration REREAD_AFTER = Duration.ofMinutes(10);

	private final Map<DataSource, Entry> entries = Collections.synchronizedMap(new WeakHashMap<>());

	private final LongSupplier nanoTime;

	/** Creates an empty memory on the system's clock. */
	public KnownSequences() {
		this(System::nanoTime);
	}

	/**
	 * Creates an empty memory.
	 * @param nanoTime the clock, in nanoseconds
	 */
	KnownSequences(LongSupplier nanoTime) {
		this.nanoTime = nanoTime;
	}

	/**
	 * Returns the sequences read for the same schemas less than {@link #REREAD_AFTER}
	 * ago.
	 * @param dataSource the datasource checked
	 * @param key what was read: the statement and its schemas
	 * @return the sequences, or {@code null} when they must be read
	 */
	@Nullable List<UnmappedSequences.Candidate> fresh(DataSource dataSource, String key) {
		Entry entry = this.entries.get(dataSource);
		if (entry == null || !entry.key().equals(key)
				|| this.nanoTime.getAsLong() - entry.readAtNanos() >= REREAD_AFTER.toNanos()) {
			return null;
		}
		return entry.candidates();
	}

	/**
	 * Keeps what a check has just read.
	 * @param dataSource the datasource checked
	 * @param key what was read: the statement and its schemas
	 * @param candidates the sequences
	 */
	void remember(DataSource dataSource, String key, List<UnmappedSequences.Candidate> candidates) {
		this.entries.put(dataSource, new Entry(key, List.copyOf(candidates), this.nanoTime.getAsLong()));
	}

	private record Entry(String key, List<UnmappedSequences.Candidate> candidates, long readAtNanos) {
	}

}
