package dev.seqguard.inspection;

import java.time.Duration;

/**
 * What a check may spend and what it reports.
 *
 * @param statementTimeout upper bound for each inspection statement; zero for none
 * @param tableFilter which tables are checked
 * @param exhaustionThreshold share of a sequence's usable range above which it is
 * reported as nearing exhaustion
 */
public record InspectionSettings(Duration statementTimeout, TableFilter tableFilter, double exhaustionThreshold) {

	/** Defaults as documented for the {@code seqguard.*} properties. */
	public static final InspectionSettings DEFAULTS = new InspectionSettings(Duration.ofSeconds(10), TableFilter.ALL,
			0.8);

}
