package dev.seqguard.engine.postgresql.tablegenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.GeneratorRow;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftMath;
import dev.seqguard.report.DataSourceReport;
import dev.seqguard.settings.Switches;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * Moves the rows of drifted TABLE generators forward, each in one transaction: an
 * advisory lock so that instances repair it once, then the row locked {@code FOR UPDATE},
 * which holds Hibernate's own read and update of the row until the commit; the tables'
 * {@code max(id)} read under that lock; the row updated only when that moves it forward.
 */
public final class TableRowRepairer {

	private final long lockTimeoutMillis;

	private final Switches switches;

	/**
	 * Creates a repairer.
	 * @param lockTimeoutMillis how long each lock is waited for
	 * @param switches how the front end names its settings, for the repair role's
	 */
	public TableRowRepairer(long lockTimeoutMillis, Switches switches) {
		this.lockTimeoutMillis = lockTimeoutMillis;
		this.switches = switches;
	}

	/**
	 * Repairs the rows of the TABLE generator targets that the report says drifted.
	 * @param dataSource the datasource to repair through
	 * @param targets the datasource's targets
	 * @param report the check's report
	 * @return the report with the repaired targets {@code REPAIRED}, the others as they
	 * were, a failed row's targets {@code DRIFT} with the reason
	 */
	public DataSourceReport repair(DataSource dataSource, List<Target> targets, DataSourceReport report) {
		Map<GeneratorRow, List<Target>> drifted = new LinkedHashMap<>();
		for (Target target : targets) {
			IdGenerator generator = target.generator();
			if (generator != null && generator.row() != null && drifted(report, target) != null) {
				drifted.computeIfAbsent(generator.row(), (row) -> new ArrayList<>()).add(target);
			}
		}
		if (drifted.isEmpty()) {
			return report;
		}
		Map<String, TargetReport> replaced = new LinkedHashMap<>();
		drifted.forEach((row, onRow) -> {
			List<Target> allOnRow = targets.stream()
				.filter((target) -> target.generator() != null && row.equals(target.generator().row()))
				.toList();
			String outcome = repairRow(dataSource, row, allOnRow);
			for (Target target : onRow) {
				TargetReport.Checked before = Objects.requireNonNull(drifted(report, target));
				replaced.put(key(target.entity(), target.table().schema(), target.table().name()),
						(outcome == null) ? repaired(before, row) : new TargetReport.Checked(before.identity(),
								TargetStatus.DRIFT, before.reading(), before.firstId(), before.lag(), outcome));
			}
		});
		return report.withTargets(report.targets()
			.stream()
			.map((entry) -> replaced.getOrDefault(
					key(entry.identity().entity(), entry.identity().schema(), entry.identity().table()), entry))
			.toList());
	}

	/** Moves one row forward; returns {@code null} when done, or why not. */
	private @Nullable String repairRow(DataSource dataSource, GeneratorRow row, List<Target> onRow) {
		try (Connection connection = dataSource.getConnection()) {
			// a missing privilege is said with its GRANT before anything is locked
			String refusal = TableRowPreflight.refusal(connection, row, onRow, this.switches);
			if (refusal != null) {
				return refusal;
			}
			connection.setAutoCommit(false);
			try {
				execute(connection, "set local lock_timeout = '" + this.lockTimeoutMillis + "ms'");
				try (PreparedStatement lock = connection
					.prepareStatement("select pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended(?, 0))")) {
					lock.setString(1, "seqguard table generator " + row);
					lock.executeQuery().close();
				}
				long stored = readStoredForUpdate(connection, row);
				List<DriftMath.TableExtreme> extremes = new ArrayList<>();
				for (Target target : onRow) {
					extremes.add(new DriftMath.TableExtreme(Objects.requireNonNull(target.generator()),
							TableMax.read(connection, target), target.table().toString()));
				}
				Long required = DriftMath.requiredNextValue(extremes, false);
				if (required != null && row.nextValue(stored) < required) {
					execute(connection,
							"update " + row.table() + " set " + DbName.quote(row.valueColumn()) + " = "
									+ row.storedFor(required) + " where " + DbName.quote(row.segmentColumn()) + " = "
									+ literal(row.segment()) + " and " + DbName.quote(row.valueColumn()) + " < "
									+ row.storedFor(required));
				}
				connection.commit();
			}
			finally {
				if (!connection.getAutoCommit()) {
					connection.rollback();
					connection.setAutoCommit(true);
				}
			}
			// ids this JVM's optimizer holds were drawn before the move
			onRow.forEach((target) -> Objects.requireNonNull(target.generator()).afterRepair().run());
			return null;
		}
		catch (SQLException | ArithmeticException ex) {
			return "repair of TABLE generator " + row + " failed (SQLSTATE "
					+ ((ex instanceof SQLException sql) ? sql.getSQLState() : "none") + "): " + ex.getMessage()
					+ "; the row was not moved";
		}
	}

	private static long readStoredForUpdate(Connection connection, GeneratorRow row) throws SQLException {
		String sql = "select " + DbName.quote(row.valueColumn()) + " from " + row.table() + " where "
				+ DbName.quote(row.segmentColumn()) + " = ? for update";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, row.segment());
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					throw new SQLException("no row for segment '" + row.segment() + "'", "02000");
				}
				return result.getLong(1);
			}
		}
	}

	private static TargetReport.Checked repaired(TargetReport.Checked before, GeneratorRow row) {
		return new TargetReport.Checked(before.identity(), TargetStatus.REPAIRED, before.reading(), before.firstId(), 0,
				"moved TABLE generator " + row + " forward past the table's max(id)");
	}

	private static TargetReport.@Nullable Checked drifted(DataSourceReport report, Target target) {
		for (TargetReport entry : report.targets()) {
			if (entry instanceof TargetReport.Checked checked && checked.status() == TargetStatus.DRIFT
					&& "table".equals(checked.identity().generator())
					&& key(target.entity(), target.table().schema(), target.table().name()).equals(key(
							checked.identity().entity(), checked.identity().schema(), checked.identity().table()))) {
				return checked;
			}
		}
		return null;
	}

	private static String key(String entity, @Nullable String schema, String table) {
		return entity + "\u0000" + schema + "\u0000" + table;
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.execute();
		}
	}

}
