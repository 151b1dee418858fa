package dev.seqguard.report;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking one id column: {@link Checked} with the numbers, {@link Skipped}
 * with the reason, or {@link Failed} with the error and what to do.
 */
public sealed interface TargetReport permits TargetReport.Checked, TargetReport.Skipped, TargetReport.Failed {

	/**
	 * Returns which id column this entry is about.
	 * @return the identity
	 */
	TargetIdentity identity();

	/**
	 * Returns the outcome.
	 * @return the status
	 */
	TargetStatus status();

	/**
	 * Returns why skipped, the error and its remedy, what a repair did, or the SQL that
	 * would repair the drift.
	 * @return the detail, {@code null} for a target that is {@code OK}
	 */
	@Nullable String detail();

	/**
	 * Returns what was read of the sequence and the table, whatever the outcome.
	 * @return the reading of a checked target, the one made before a target failed, or
	 * {@code null} when nothing was read
	 */
	default @Nullable Reading knownReading() {
		if (this instanceof Checked checked) {
			return checked.reading();
		}
		return (this instanceof Failed failed) ? failed.reading() : null;
	}

	/**
	 * Returns the lag, whatever the outcome.
	 * @return the lag of a checked target, the one found before a target failed, or
	 * {@code null} when none was measured
	 */
	default @Nullable Long knownLag() {
		if (this instanceof Checked checked) {
			return checked.lag();
		}
		return (this instanceof Failed failed) ? failed.lag() : null;
	}

	/**
	 * A target whose sequence was read and judged: {@code OK}, {@code DRIFT} or
	 * {@code REPAIRED}.
	 *
	 * @param identity which id column
	 * @param status {@code OK}, {@code DRIFT} or {@code REPAIRED}
	 * @param reading what was read of the sequence and the table
	 * @param firstId the first id a freshly started application hands out
	 * @param lag how many ids at or before the furthest id the generator would still hand
	 * out
	 * @param detail the SQL that would repair the drift, or what the repair did;
	 * {@code null} when {@code OK}
	 */
	record Checked(TargetIdentity identity, TargetStatus status, Reading reading, long firstId, long lag,
			@Nullable String detail) implements TargetReport {

		/**
		 * Creates a checked target.
		 */
		public Checked {
			if (status == TargetStatus.SKIPPED || status == TargetStatus.ERROR) {
				throw new IllegalArgumentException("A checked target is OK, DRIFT or REPAIRED, not " + status);
			}
		}

	}

	/**
	 * A target that is not checked.
	 *
	 * @param identity which id column
	 * @param reason why it is not checked
	 */
	record Skipped(TargetIdentity identity, String reason) implements TargetReport {

		@Override
		public TargetStatus status() {
			return TargetStatus.SKIPPED;
		}

		@Override
		public String detail() {
			return this.reason;
		}

	}

	/**
	 * A target whose check failed, or whose drift no repair can clear.
	 *
	 * @param identity which id column
	 * @param detail the error and what to do
	 * @param reading what was read before the failure was found, {@code null} when
	 * nothing was
	 * @param lag the lag found before the failure, {@code null} when none was measured
	 */
	record Failed(TargetIdentity identity, String detail, @Nullable Reading reading,
			@Nullable Long lag) implements TargetReport {

		/**
		 * Creates a target whose check failed before anything was read.
		 * @param identity which id column
		 * @param detail the error and what to do
		 */
		public Failed(TargetIdentity identity, String detail) {
			this(identity, detail, null, null);
		}

		@Override
		public TargetStatus status() {
			return TargetStatus.ERROR;
		}

	}

}
