package dev.seqguard.settings;

import java.time.Duration;

/**
 * What a check may spend and what it reports.
 *
 * @param statementTimeout upper bound for each inspection statement; zero for none
 * @param tableFilter which tables are checked
 * @param exhaustionThreshold share of a sequence's usable range above which it is
 * reported as nearing exhaustion
 * @param schemas the catalog and tenant schemas checked beyond the given targets
 * @param switches how the front end's operator changes a setting a message points to
 */
public record InspectionSettings(Duration statementTimeout, TableFilter tableFilter, double exhaustionThreshold,
		SchemaScope schemas, Switches switches) {

	/** The documented defaults, with no switch named in messages. */
	public static final InspectionSettings DEFAULTS = new InspectionSettings(Duration.ofSeconds(10), TableFilter.ALL,
			0.8);

	/**
	 * Creates settings whose messages name no front end's switch.
	 * @param statementTimeout upper bound for each inspection statement; zero for none
	 * @param tableFilter which tables are checked
	 * @param exhaustionThreshold share of a sequence's usable range above which it is
	 * reported as nearing exhaustion
	 * @param schemas the catalog and tenant schemas checked beyond the given targets
	 */
	public InspectionSettings(Duration statementTimeout, TableFilter tableFilter, double exhaustionThreshold,
			SchemaScope schemas) {
		this(statementTimeout, tableFilter, exhaustionThreshold, schemas, Switches.NONE);
	}

	/**
	 * Creates settings that check the given targets only.
	 * @param statementTimeout upper bound for each inspection statement; zero for none
	 * @param tableFilter which tables are checked
	 * @param exhaustionThreshold share of a sequence's usable range above which it is
	 * reported as nearing exhaustion
	 */
	public InspectionSettings(Duration statementTimeout, TableFilter tableFilter, double exhaustionThreshold) {
		this(statementTimeout, tableFilter, exhaustionThreshold, SchemaScope.NONE);
	}

	/**
	 * Returns these settings with other catalog and tenant schemas.
	 * @param schemas the schemas
	 * @return the new settings
	 */
	public InspectionSettings withSchemas(SchemaScope schemas) {
		return new InspectionSettings(this.statementTimeout, this.tableFilter, this.exhaustionThreshold, schemas,
				this.switches);
	}

	/**
	 * Returns these settings with the front end's switches named in messages.
	 * @param switches the switches
	 * @return the new settings
	 */
	public InspectionSettings withSwitches(Switches switches) {
		return new InspectionSettings(this.statementTimeout, this.tableFilter, this.exhaustionThreshold, this.schemas,
				switches);
	}

}
