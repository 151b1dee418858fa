package dev.seqguard.report;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A checked table that does not exist: the detail its report entry carries, and the
 * tables a report finds missing. A migration that runs in the background (Liquibase run
 * asynchronously) creates such tables after the startup check, so the wording names that
 * cause first.
 */
public final class MissingTables {

	private static final String PREFIX = "table ";

	private static final String SUFFIX = " does not exist (migrations may not have run yet; otherwise check the"
			+ " entity's @Table, hibernate.default_schema and search_path)";

	private MissingTables() {
	}

	/**
	 * The detail of a target whose table does not exist.
	 * @param table the table as mapped
	 * @return the detail
	 */
	public static String detail(String table) {
		return PREFIX + table + SUFFIX;
	}

	/**
	 * The tables a report found missing, each once.
	 * @param report the report of a check
	 * @return the tables as {@code schema.table}, in report order
	 */
	public static Set<String> in(SeqGuardReport report) {
		Set<String> tables = new LinkedHashSet<>();
		for (DataSourceReport dataSource : report.dataSources()) {
			for (TargetReport target : dataSource.targets()) {
				String detail = target.detail();
				if (target instanceof TargetReport.Failed && detail != null && detail.startsWith(PREFIX)
						&& detail.endsWith(SUFFIX)) {
					tables.add(target.identity().qualifiedTable());
				}
			}
		}
		return tables;
	}

}
