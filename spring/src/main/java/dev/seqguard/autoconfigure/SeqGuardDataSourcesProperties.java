package dev.seqguard.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code seqguard.datasources.*} settings: which of the application's
 * {@code DataSource} beans SeqGuard checks.
 */
public class SeqGuardDataSourcesProperties {

	/**
	 * Glob patterns of DataSource bean names to leave out; every other DataSource bean is
	 * checked.
	 */
	private List<String> exclude = new ArrayList<>();

	public List<String> getExclude() {
		return this.exclude;
	}

	public void setExclude(List<String> exclude) {
		this.exclude = exclude;
	}

}
