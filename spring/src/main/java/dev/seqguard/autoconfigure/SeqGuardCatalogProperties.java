package dev.seqguard.autoconfigure;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code seqguard.catalog.*} settings: catalog discovery of columns fed by a sequence
 * that no entity needs to map.
 */
public class SeqGuardCatalogProperties {

	/**
	 * Glob patterns of schemas whose every column fed by a sequence (IDENTITY, serial,
	 * DEFAULT nextval) is checked, mapped by an entity or not; empty means none with JPA,
	 * the connection's search_path without it.
	 */
	private List<String> schemas = new ArrayList<>();

	public List<String> getSchemas() {
		return this.schemas;
	}

	public void setSchemas(List<String> schemas) {
		this.schemas = schemas;
	}

}
