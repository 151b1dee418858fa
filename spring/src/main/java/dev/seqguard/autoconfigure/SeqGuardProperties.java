package dev.seqguard.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Configuration properties for SeqGuard.
 * <p>
 * Validates itself (a Spring {@link Validator}) so that a bad value fails startup naming
 * the property, without requiring a Bean Validation provider on the application's
 * classpath.
 */
@ConfigurationProperties("seqguard")
@Validated
public class SeqGuardProperties implements Validator {

	/**
	 * Whether SeqGuard runs at all.
	 */
	private boolean enabled = true;

	/**
	 * What to do when a sequence is behind its table: report it, fail startup, or repair
	 * it.
	 */
	private Mode mode = Mode.REPORT;

	/**
	 * How often the check runs again after startup to keep gauges current; 0 checks at
	 * startup only.
	 */
	private Duration refreshInterval = Duration.ofSeconds(60);

	/**
	 * Whether the startup check begins on a thread of its own as soon as the database
	 * initializers (Flyway, Liquibase, schema.sql and data.sql) and the entity manager
	 * factories are done, while the rest of the context starts. The context still waits
	 * for it before any lifecycle bean starts. Turn off when a bean writes rows while the
	 * context starts and the check should see them.
	 */
	private boolean startEarly = true;

	/**
	 * Glob patterns on 'schema.table' (or 'table' alone) of the tables to check; empty
	 * checks all.
	 */
	private List<String> include = new ArrayList<>();

	/**
	 * Glob patterns on 'schema.table' (or 'table' alone) of the tables to skip.
	 */
	private List<String> exclude = new ArrayList<>();

	/**
	 * Upper bound for each inspection statement.
	 */
	private Duration statementTimeout = Duration.ofSeconds(10);

	/**
	 * Share of a sequence's usable range above which it is reported as nearing
	 * exhaustion.
	 */
	private double exhaustionThreshold = 0.8;

	/**
	 * Glob patterns of schemas (schema-per-tenant) in each of which every entity table is
	 * checked too; matched against the schemas that exist at each check.
	 */
	private List<String> tenantSchemas = new ArrayList<>();

	/**
	 * Sequences drawn by application code: sequence ('[schema.name]' in brackets) to the
	 * column it numbers ('[schema.]table.column').
	 */
	private Map<String, String> sequences = new LinkedHashMap<>();

	@NestedConfigurationProperty
	private final SeqGuardCatalogProperties catalog = new SeqGuardCatalogProperties();

	@NestedConfigurationProperty
	private final SeqGuardDataSourcesProperties datasources = new SeqGuardDataSourcesProperties();

	@NestedConfigurationProperty
	private final SeqGuardOwnDataSourceProperties datasource = new SeqGuardOwnDataSourceProperties();

	@NestedConfigurationProperty
	private final SeqGuardRepairProperties repair = new SeqGuardRepairProperties();

	@NestedConfigurationProperty
	private final SeqGuardHealthProperties health = new SeqGuardHealthProperties();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public boolean isStartEarly() {
		return this.startEarly;
	}

	public void setStartEarly(boolean startEarly) {
		this.startEarly = startEarly;
	}

	public Duration getRefreshInterval() {
		return this.refreshInterval;
	}

	public void setRefreshInterval(Duration refreshInterval) {
		this.refreshInterval = refreshInterval;
	}

	public List<String> getInclude() {
		return this.include;
	}

	public void setInclude(List<String> include) {
		this.include = include;
	}

	public List<String> getExclude() {
		return this.exclude;
	}

	public void setExclude(List<String> exclude) {
		this.exclude = exclude;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public double getExhaustionThreshold() {
		return this.exhaustionThreshold;
	}

	public void setExhaustionThreshold(double exhaustionThreshold) {
		this.exhaustionThreshold = exhaustionThreshold;
	}

	public List<String> getTenantSchemas() {
		return this.tenantSchemas;
	}

	public void setTenantSchemas(List<String> tenantSchemas) {
		this.tenantSchemas = tenantSchemas;
	}

	public Map<String, String> getSequences() {
		return this.sequences;
	}

	public void setSequences(Map<String, String> sequences) {
		this.sequences = sequences;
	}

	public SeqGuardCatalogProperties getCatalog() {
		return this.catalog;
	}

	public SeqGuardDataSourcesProperties getDatasources() {
		return this.datasources;
	}

	public SeqGuardOwnDataSourceProperties getDatasource() {
		return this.datasource;
	}

	public SeqGuardRepairProperties getRepair() {
		return this.repair;
	}

	public SeqGuardHealthProperties getHealth() {
		return this.health;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SeqGuardProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SeqGuardPropertiesRules.check((SeqGuardProperties) target, errors);
	}

	/**
	 * What SeqGuard does about drift.
	 */
	public enum Mode {

		/** Log and publish; change nothing. */
		REPORT,

		/** Abort startup when a sequence is behind its table. */
		FAIL,

		/** Move drifted sequences forward before the application takes traffic. */
		REPAIR

	}

}
