package dev.seqguard.h2;

import dev.seqguard.h2.H2Application.Categories;
import dev.seqguard.h2.H2Application.Category;
import dev.seqguard.h2.H2Application.Owner;
import dev.seqguard.h2.H2Application.Owners;
import dev.seqguard.h2.H2Application.Tag;
import dev.seqguard.h2.H2Application.Tags;
import dev.seqguard.h2.H2Application.Visit;
import dev.seqguard.h2.H2Application.Visits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story on H2 in a {@code @DataJpaTest} with its default embedded replacement, in
 * {@code seqguard.mode=repair}: every save gets the next free id, whether the rows came
 * from {@code data.sql} before the test or from an {@code @Sql} fixture inside the test
 * transaction. Written once for both Boot lines.
 */
@TestPropertySource(properties = { "seqguard.mode=repair", "spring.jpa.defer-datasource-initialization=true",
		"spring.sql.init.data-locations=classpath:h2/data.sql", "seqguard.refresh-interval=0" })
abstract class H2DataJpaRepairScenarios {

	@Autowired
	Categories categories;

	@Autowired
	Visits visits;

	@Autowired
	Owners owners;

	@Autowired
	Tags tags;

	@Test
	void aSaveIntoTheIdentityTableGetsTheNextFreeId() {
		assertThat(this.categories.saveAndFlush(new Category("from the test")).id).isEqualTo(3);
	}

	@Test
	void aSaveThroughThePooledSequenceGetsTheNextFreeId() {
		assertThat(this.visits.saveAndFlush(new Visit("from the test")).id).isEqualTo(4);
	}

	@Test
	void aSaveThroughTheAllocationOneSequenceGetsTheNextFreeId() {
		assertThat(this.owners.saveAndFlush(new Owner("from the test")).id).isEqualTo(5);
	}

	@Test
	@Sql(statements = "insert into tag (id, label) values (1, 'fixture'), (2, 'fixture'), (3, 'fixture')")
	void aSaveAfterAnSqlFixtureInTheTestTransactionGetsTheNextFreeId() {
		assertThat(this.tags.saveAndFlush(new Tag("from the test")).id).isEqualTo(4);
		assertThat(this.tags.count()).isEqualTo(4);
	}

}
