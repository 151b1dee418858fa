package dev.seqguard.scenarios;

import java.util.List;

import dev.seqguard.report.SeqGuardReport;
import dev.seqguard.report.TargetReport;

/**
 * Every scenario entity of this package, whose tables {@code scenarios/schema.sql}
 * creates, and how a test finds one table's target in a report.
 */
public final class ScenarioEntities {

	/** The entity classes. */
	public static final List<Class<?>> ALL = List.of(AlwaysItem.class, Animal.class, AppUser.class, Author.class,
			Book.class, Category.class, Circle.class, Country.class, Coupon.class, Dog.class, EmptyThing.class,
			Enrollment.class, FreeSeqThing.class, Hostile.class, Invoice.class, Legacy.class, Note.class,
			OrderLine.class, Publisher.class, Receipt.class, SerialThing.class, Shape.class, SpacedLine.class,
			Square.class, StockItem.class, Ticket.class, Token.class, Widget.class);

	private ScenarioEntities() {
	}

	/**
	 * Returns the report's target on a table.
	 * @param report the report
	 * @param table the table's name
	 * @return the target
	 */
	public static TargetReport target(SeqGuardReport report, String table) {
		return report.targets()
			.stream()
			.filter((target) -> target.identity().table().equals(table))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No target for table " + table + " in " + report.targets()));
	}

}
