package dev.seqguard.measurement;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * The result of one read, whichever engine read it.
 *
 * @param value {@code last_value} or the extreme id; {@code null} for an empty table
 * @param isCalled {@code is_called} for a sequence read, {@code null} otherwise
 * @param error why the read failed, {@code null} when it did not
 */
public record BranchResult(@Nullable Long value, @Nullable Boolean isCalled, @Nullable SQLException error) {

	/**
	 * Returns the result of a read that failed.
	 * @param error why it failed
	 * @return the result
	 */
	public static BranchResult failed(SQLException error) {
		return new BranchResult(null, null, error);
	}

}
