package dev.seqguard.engine.postgresql.tablegenerator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.seqguard.discovery.DbName;
import dev.seqguard.discovery.GeneratorRow;
import dev.seqguard.discovery.IdGenerator;
import dev.seqguard.discovery.Target;
import dev.seqguard.drift.DriftMath;
import dev.seqguard.report.Reading;
import dev.seqguard.report.TargetIdentity;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.Switches;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.settings.TableFilter;
import org.jspecify.annotations.Nullable;

/**
 * Checks the targets of TABLE generators on PostgreSQL: reads each generator's row and
 * the {@code max(id)} of every table on it, one small statement each, and judges them
 * with the sequences' arithmetic ({@link DriftMath}), the row's value standing for the
 * sequence's next {@code nextval}.
 */
public final class TableGeneratorCheck {

	private TableGeneratorCheck() {
	}

	/**
	 * Checks the targets, all of TABLE generators, in the caller's transaction; a target
	 * whose table the include and exclude patterns leave out is skipped with the filter's
	 * reason, as every other target is, and its table is not read.
	 * @param connection the connection
	 * @param targets the targets
	 * @param filter the tables to check
	 * @param switches how the front end names the filter's settings
	 * @return one report per target, in their order
	 * @throws SQLException when the default schema cannot be read
	 */
	public static List<TargetReport> check(Connection connection, List<Target> targets, TableFilter filter,
			Switches switches) throws SQLException {
		Map<Target, TargetReport> reports = new LinkedHashMap<>();
		Map<GeneratorRow, List<Target>> byRow = new LinkedHashMap<>();
		String defaultSchema = null;
		for (Target target : targets) {
			String schema = target.table().schema();
			if (schema == null) {
				defaultSchema = (defaultSchema != null) ? defaultSchema : currentSchema(connection);
				schema = defaultSchema;
			}
			String rejection = filter.rejectionReason(schema, target.table().name(), switches);
			if (rejection != null) {
				reports.put(target, new TargetReport.Skipped(identity(target, row(target)), rejection));
			}
			else {
				byRow.computeIfAbsent(row(target), (row) -> new ArrayList<>()).add(target);
			}
		}
		byRow.forEach((row, onRow) -> {
			List<TargetReport> rowReports = checkRow(connection, row, onRow);
			for (int i = 0; i < onRow.size(); i++) {
				reports.put(onRow.get(i), rowReports.get(i));
			}
		});
		return targets.stream().map(reports::get).map(Objects::requireNonNull).toList();
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select current_schema()");
				ResultSet result = statement.executeQuery()) {
			result.next();
			return Objects.requireNonNullElse(result.getString(1), "public");
		}
	}

	/**
	 * Reads one row and its tables under a savepoint: a failed read leaves the
	 * transaction usable for the next row.
	 */
	private static List<TargetReport> checkRow(Connection connection, GeneratorRow row, List<Target> onRow) {
		List<TargetReport> reports = new ArrayList<>();
		Savepoint savepoint = null;
		try {
			savepoint = connection.setSavepoint();
			Long stored = readStored(connection, row);
			List<DriftMath.TableExtreme> extremes = new ArrayList<>();
			for (Target target : onRow) {
				extremes.add(new DriftMath.TableExtreme(generator(target), TableMax.read(connection, target),
						target.table().toString()));
			}
			Long required = DriftMath.requiredNextValue(extremes, false);
			for (int i = 0; i < onRow.size(); i++) {
				reports.add(judge(onRow.get(i), row, stored, extremes.get(i).extremeId(), required));
			}
		}
		catch (SQLException | ArithmeticException ex) {
			rollBackTo(connection, savepoint);
			reports.clear();
			String state = (ex instanceof SQLException sql) ? "SQLSTATE " + sql.getSQLState() + ": " : "";
			String detail = state + "could not read TABLE generator " + row + " ("
					+ String.valueOf(ex.getMessage()).lines().findFirst().orElse("") + "); check that " + row.table()
					+ " exists and is readable";
			onRow.forEach((target) -> reports.add(new TargetReport.Failed(identity(target, row), detail)));
		}
		return reports;
	}

	private static void rollBackTo(Connection connection, @Nullable Savepoint savepoint) {
		if (savepoint != null) {
			try {
				connection.rollback(savepoint);
			}
			catch (SQLException ex) {
				// the caller's transaction fails on its next statement and reports that
			}
		}
	}

	private static TargetReport judge(Target target, GeneratorRow row, @Nullable Long stored, @Nullable Long max,
			@Nullable Long required) {
		IdGenerator generator = generator(target);
		if (stored == null) {
			return new TargetReport.Skipped(identity(target, row),
					"TABLE generator " + row + " has no row yet: Hibernate creates it on the first insert");
		}
		long next = row.nextValue(stored);
		long firstId = DriftMath.firstId(generator, next);
		long lag = (max != null) ? DriftMath.lag(firstId, max, false) : 0;
		Reading reading = new Reading(generator.optimizer().externalName(), generator.incrementSize(), max, next, 0.0,
				false);
		if (lag == 0 || required == null) {
			return new TargetReport.Checked(identity(target, row), TargetStatus.OK, reading, firstId, 0, null);
		}
		return new TargetReport.Checked(identity(target, row), TargetStatus.DRIFT, reading, firstId, lag,
				fix(row, row.storedFor(required)));
	}

	/**
	 * The statement that moves the row forward only: the value it stores hands out the
	 * first id above every table on the row.
	 * @param row the generator's row
	 * @param stored the value to store
	 * @return the SQL
	 */
	static String fix(GeneratorRow row, long stored) {
		String value = DbName.quote(row.valueColumn());
		return "UPDATE " + row.table() + " SET " + value + " = " + stored + " WHERE "
				+ DbName.quote(row.segmentColumn()) + " = '" + row.segment().replace("'", "''") + "' AND " + value
				+ " < " + stored + ";";
	}

	private static @Nullable Long readStored(Connection connection, GeneratorRow row) throws SQLException {
		String sql = "select " + DbName.quote(row.valueColumn()) + " from " + row.table() + " where "
				+ DbName.quote(row.segmentColumn()) + " = ?";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, row.segment());
			try (ResultSet result = statement.executeQuery()) {
				return result.next() ? result.getLong(1) : null;
			}
		}
	}

	private static TargetIdentity identity(Target target, GeneratorRow row) {
		return new TargetIdentity(target.entity(), target.table().schema(), target.table().name(), target.column(),
				row.toString(), target.generatorLabel());
	}

	private static IdGenerator generator(Target target) {
		return Objects.requireNonNull(target.generator());
	}

	private static GeneratorRow row(Target target) {
		return Objects.requireNonNull(generator(target).row());
	}

}
