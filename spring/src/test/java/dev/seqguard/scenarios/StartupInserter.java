package dev.seqguard.scenarios;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.SeqGuardReport;
import jakarta.persistence.EntityManager;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's runner that inserts data at startup, as many applications do; records what it
 * saw.
 */
@Component
@ConditionalOnBooleanProperty("scenario.insert-at-startup")
public class StartupInserter implements ApplicationRunner {

	private final SequenceGuard guard;

	private final ApplicationAvailability availability;

	private final TransactionTemplate transactions;

	private final EntityManager entityManager;

	ReadinessState readinessSeen;

	SeqGuardReport reportSeen;

	Long insertedId;

	StartupInserter(SequenceGuard guard, ApplicationAvailability availability, TransactionTemplate transactions,
			EntityManager entityManager) {
		this.guard = guard;
		this.availability = availability;
		this.transactions = transactions;
		this.entityManager = entityManager;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.readinessSeen = this.availability.getReadinessState();
		this.reportSeen = this.guard.latestReport();
		this.insertedId = this.transactions.execute((tx) -> {
			Category category = new Category("inserted at startup");
			this.entityManager.persist(category);
			this.entityManager.flush();
			return category.id;
		});
	}

}
