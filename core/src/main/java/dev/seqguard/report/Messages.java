package dev.seqguard.report;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import dev.seqguard.settings.Switches;

import org.jspecify.annotations.Nullable;

/**
 * Every sentence SeqGuard writes to its log or puts in an exception, in one place: the
 * classes that log decide when and at which level, this class what the line says.
 * <p>
 * Each line names the datasource, table, column or sequence it is about and, for a
 * problem, what to do. A report entry's own {@code detail} (the reason a target is
 * skipped, an error's remedy, the SQL that repairs a drift) is written where the rule
 * that finds it lives and is quoted here. Every line passes through
 * {@link PrintableText}, since names and server messages may hold control characters or a
 * URL's password.
 */
public final class Messages {

	private Messages() {
	}

	/**
	 * The INFO line for a datasource SeqGuard stays away from ({@code NOT_POSTGRESQL}).
	 */
	public static String skipsDataSource(DataSourceReport report) {
		return PrintableText.of("SeqGuard skips datasource '" + report.dataSourceName() + "': " + report.detail());
	}

	/** The WARN line for a datasource whose check failed ({@code FAILED}). */
	public static String couldNotCheckDataSource(DataSourceReport report) {
		return PrintableText
			.of("SeqGuard could not check datasource '" + report.dataSourceName() + "': " + report.detail());
	}

	/**
	 * The INFO summary of a completed check: targets, drifted, repaired, skipped, errors,
	 * time.
	 */
	public static String checkedDataSource(DataSourceReport report) {
		return PrintableText.of("SeqGuard checked datasource '" + report.dataSourceName() + "': "
				+ report.targets().size() + " targets, " + report.drifted().size() + " drifted, "
				+ report.withStatus(TargetStatus.REPAIRED).size() + " repaired, "
				+ skipped(report.withStatus(TargetStatus.SKIPPED)) + ", " + report.withStatus(TargetStatus.ERROR).size()
				+ " errors in " + report.duration().toMillis() + " ms");
	}

	/**
	 * How many targets were skipped and why, by the head of each reason: {@code 0
	 * skipped}, {@code 3 skipped (2 UUID id, 1 assigned id)}.
	 */
	private static String skipped(List<TargetReport> skipped) {
		Map<String, Integer> byReason = new LinkedHashMap<>();
		for (TargetReport target : skipped) {
			String reason = Objects.requireNonNullElse(target.detail(), "");
			int end = reason.length();
			for (String stop : List.of(":", " (", ";")) {
				int at = reason.indexOf(stop);
				end = (at > 0) ? Math.min(end, at) : end;
			}
			String head = reason.substring(0, end);
			Integer count = byReason.get(head);
			byReason.put(head, (count != null) ? count + 1 : 1);
		}
		StringBuilder line = new StringBuilder().append(skipped.size()).append(" skipped");
		StringJoiner reasons = new StringJoiner(", ", " (", ")");
		for (Map.Entry<String, Integer> reason : byReason.entrySet()) {
			reasons.add(reason.getValue() + " " + reason.getKey());
		}
		return byReason.isEmpty() ? line.toString() : line.append(reasons).toString();
	}

	/**
	 * The INFO line for the sequences a check does not guard: their number, the first
	 * few, and the property that maps them.
	 */
	public static String unmappedSequences(DataSourceReport report, Switches switches) {
		String sequences = switches.sequences();
		List<String> unmapped = report.unmappedSequences();
		int shown = Math.min(unmapped.size(), 5);
		return "SeqGuard does not guard " + unmapped.size() + ((unmapped.size() == 1) ? " sequence" : " sequences")
				+ " of datasource '" + report.dataSourceName() + "' that no checked id column uses: "
				+ String.join(", ", unmapped.subList(0, shown))
				+ ((shown < unmapped.size()) ? " and " + (unmapped.size() - shown) + " more" : "")
				+ "; if application code draws ids from one, "
				+ ((sequences != null)
						? "map it to the column it numbers with " + sequences + "[schema.sequence]=schema.table.column"
						: "SeqGuard does not check the column it numbers");
	}

	/** The DEBUG line for a target that is {@code OK}. */
	public static String healthy(TargetReport.Checked target) {
		return PrintableText.of("SeqGuard: " + target.identity().qualifiedColumn() + " " + target.status()
				+ ", next id " + target.firstId() + ", max id " + target.reading().furthestId());
	}

	/** The DEBUG line for a target a repair moved forward. */
	public static String repairedTarget(TargetReport target) {
		return PrintableText.of("SeqGuard repaired " + target.identity().qualifiedColumn() + ": " + target.detail());
	}

	/** The DEBUG line for a target that is not checked, with the reason. */
	public static String skipsTarget(TargetReport.Skipped target) {
		return PrintableText.of("SeqGuard skips " + target.identity().qualifiedColumn() + " (entity "
				+ target.identity().entity() + "): " + target.reason());
	}

	/**
	 * Describes a drifted target: table, column, sequence, max id, next id, lag and the
	 * fix.
	 * @param target a drifted target
	 * @return one line
	 */
	public static String drift(TargetReport.Checked target) {
		TargetIdentity identity = target.identity();
		Reading reading = target.reading();
		return PrintableText.of("Sequence drift on " + identity.qualifiedColumn() + ": sequence " + identity.sequence()
				+ " (" + reading.optimizer() + ") hands out id " + target.firstId() + " next (nextval "
				+ reading.nextValue() + ") but the table holds id " + reading.furthestId() + ", lag " + target.lag()
				+ "; fix: " + target.detail());
	}

	/**
	 * The WARN line for a target that could not be checked: table, column, error and
	 * remedy.
	 */
	public static String targetFailed(TargetReport.Failed target) {
		return PrintableText
			.of("SeqGuard could not check " + target.identity().qualifiedColumn() + ": " + target.detail());
	}

	/**
	 * Describes a target worth a warning: drifted or failing.
	 * @param target a drifted or failed target
	 * @return one line, {@code null} for any other target
	 */
	public static @Nullable String problem(TargetReport target) {
		if (target instanceof TargetReport.Checked checked && checked.status() == TargetStatus.DRIFT) {
			return drift(checked);
		}
		return (target instanceof TargetReport.Failed failed) ? targetFailed(failed) : null;
	}

	/**
	 * Describes every drifted target, with the statement that fixes it.
	 * @param drifted the drifted targets
	 * @return one line per target after a heading
	 */
	public static String driftFound(List<TargetReport.Checked> drifted) {
		StringBuilder message = new StringBuilder().append(drifted.size())
			.append(drifted.size() == 1 ? " sequence is" : " sequences are")
			.append(" behind the data; the next inserts would fail with duplicate keys:");
		for (TargetReport.Checked target : drifted) {
			message.append(System.lineSeparator()).append("  - ").append(drift(target));
		}
		return message.toString();
	}

	/**
	 * What to do about drift: the action of the failure analysis.
	 * @param switches the front end's settings that repair or only report
	 * @return one sentence
	 */
	public static String driftAction(Switches switches) {
		String repairMode = switches.repairMode();
		String reportMode = switches.reportMode();
		return "Repair them with the statements above, or "
				+ ((repairMode != null) ? "start with " + repairMode + " to let SeqGuard move"
						: "let SeqGuard's repair move")
				+ " them forward safely" + ((reportMode != null) ? " (" + reportMode + " only reports)." : ".");
	}

	/**
	 * The INFO line for a sequence a repair moved forward.
	 * @param sequence the sequence as {@code schema.name}
	 * @param tables the tables on it, comma-separated
	 * @param nextBefore what {@code nextval} returned before
	 * @param nextAfter what {@code nextval} returns now
	 * @param unheldBecause why Hibernate's own {@code nextval} calls were not held during
	 * the repair, {@code null} when they were or draw inside inserts
	 * @return one line
	 */
	public static String repairedSequence(String sequence, String tables, @Nullable Long nextBefore,
			@Nullable Long nextAfter, @Nullable String unheldBecause) {
		return PrintableText.of("SeqGuard repaired sequence " + sequence + " (" + tables + "): next value " + nextBefore
				+ " -> " + nextAfter
				+ ((unheldBecause != null) ? "; Hibernate's own nextval calls were not held during the repair ("
						+ unheldBecause + "), the window was one statement" : ""));
	}

	/**
	 * Why Hibernate's own {@code nextval} calls could not be held during a repair.
	 * @param owned whether the repairing role owns the sequence
	 * @return the reason
	 */
	public static String unheldBecause(boolean owned) {
		return owned ? "an identity sequence cannot be locked" : "the role does not own the sequence";
	}

	/** The INFO line for a sequence another instance repaired first. */
	public static String alreadyRepaired(String sequence, String tables, String detail) {
		return PrintableText
			.of("SeqGuard found sequence " + sequence + " (" + tables + ") already repaired: " + detail);
	}

	/**
	 * The DEBUG line for a repair that could not be done, with why and what to do (the
	 * target's WARN line says it too).
	 */
	public static String couldNotRepair(String sequence, String tables, String detail) {
		return PrintableText.of("SeqGuard could not repair sequence " + sequence + " (" + tables + "): " + detail);
	}

	/** The WARN line for ids some sessions still hand out after a repair. */
	public static String leftoverIds(String sequence, String tables, String leftover) {
		return PrintableText.of("SeqGuard moved sequence " + sequence + " (" + tables + ") forward, but " + leftover);
	}

}
