package dev.seqguard.testsupport;

import dev.seqguard.report.TargetReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Narrows a report entry to the outcome a test expects, failing with the entry when it
 * has another.
 */
public final class Outcomes {

	private Outcomes() {
	}

	/**
	 * Returns the entry as a checked target.
	 * @param target the entry
	 * @return the entry, with its numbers
	 */
	public static TargetReport.Checked checked(TargetReport target) {
		assertThat(target).as("a checked target").isInstanceOf(TargetReport.Checked.class);
		return (TargetReport.Checked) target;
	}

	/**
	 * Returns the entry as a failed target.
	 * @param target the entry
	 * @return the entry, with its error
	 */
	public static TargetReport.Failed failed(TargetReport target) {
		assertThat(target).as("a failed target").isInstanceOf(TargetReport.Failed.class);
		return (TargetReport.Failed) target;
	}

}
