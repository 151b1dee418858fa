package dev.seqguard.h2;

import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.seqguard.SequenceDriftException;
import dev.seqguard.SequenceGuard;
import dev.seqguard.h2.H2Application.Owner;
import dev.seqguard.h2.H2Application.Owners;
import dev.seqguard.h2.H2Application.Visit;
import dev.seqguard.h2.H2Application.Visits;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The story as an application (or a {@code @SpringBootTest}) on an H2 URL sees it: the
 * modes of H2 that keep identities where they are, the one that moves them, the
 * {@code fail} mode, and a schema kept in {@code schema.sql}. Runs on both Boot lines.
 */
class H2ApplicationTests {

	@Test
	void failModeFailsStartupNamingEveryDriftedTableAndItsFix() {
		assertThatExceptionOfType(SequenceDriftException.class)
			.isThrownBy(() -> start("failmode", "", "seqguard.mode=fail").close())
			.withMessageContaining("3 sequences are behind the data")
			.withMessageContaining("PUBLIC.CATEGORY.id")
			.withMessageContaining("ALTER TABLE \"PUBLIC\".\"CATEGORY\" ALTER COLUMN \"ID\" RESTART WITH 3")
			.withMessageContaining("PUBLIC.VISIT.id")
			.withMessageContaining("ALTER SEQUENCE \"PUBLIC\".\"VISIT_SEQ\" RESTART WITH 53")
			.withMessageContaining("PUBLIC.OWNER.id")
			.withMessageContaining("ALTER SEQUENCE \"PUBLIC\".\"OWNER_SEQ\" RESTART WITH 5");
	}

	@Test
	void postgreSqlModeDriftsAsTheDefaultModeDoes() {
		run("pgmode", ";MODE=PostgreSQL",
				(context) -> assertThat(drifted(context)).containsExactlyInAnyOrder(Tuple.tuple("CATEGORY", 2L),
						Tuple.tuple("VISIT", 3L), Tuple.tuple("OWNER", 4L)));
	}

	@Test
	void mySqlModeMovesTheIdentityItselfSoOnlyTheSequencesDrift() {
		run("mysqlmode", ";MODE=MySQL", (context) -> {
			assertThat(context.getBean(SequenceGuard.class).latestReport().dataSources().get(0).targets())
				.filteredOn((target) -> target.identity().table().equals("CATEGORY"))
				.singleElement()
				.extracting(TargetReport::status)
				.isEqualTo(TargetStatus.OK);
			assertThat(drifted(context)).containsExactlyInAnyOrder(Tuple.tuple("VISIT", 3L), Tuple.tuple("OWNER", 4L));
			// the sequences' drift is real in this mode too
			assertThatExceptionOfType(DataIntegrityViolationException.class)
				.isThrownBy(() -> context.getBean(Owners.class).saveAndFlush(new Owner("after startup")));
		});
	}

	@Test
	void aSchemaKeptInSchemaSqlDriftsAsOneHibernateCreates() {
		run("schemasql", "",
				(context) -> assertThat(drifted(context)).containsExactlyInAnyOrder(Tuple.tuple("CATEGORY", 2L),
						Tuple.tuple("VISIT", 3L), Tuple.tuple("OWNER", 4L)),
				"spring.jpa.defer-datasource-initialization=false", "spring.jpa.hibernate.ddl-auto=none",
				"spring.sql.init.schema-locations=classpath:h2/schema.sql");
	}

	@Test
	void aRepairMakesHibernateForgetTheIdsItHeldSoTheNextSaveClearsTheTable() {
		run("heldids", "", (context) -> {
			Visits visits = context.getBean(Visits.class);
			// the startup repair moved visit_seq; this save takes a block of 50 ids from
			// 4
			assertThat(visits.saveAndFlush(new Visit("first")).id).isEqualTo(4);
			new JdbcTemplate(context.getBean(DataSource.class))
				.update("insert into visit (id, note) values (5, 'imported'), (6, 'imported'), (60, 'imported')");
			context.getBean(SequenceGuard.class).repair();
			assertThat(visits.saveAndFlush(new Visit("after the repair")).id).isEqualTo(61);
		}, "seqguard.mode=repair");
	}

	private static void run(String database, String urlOptions, Consumer<ConfigurableApplicationContext> assertions,
			String... properties) {
		try (ConfigurableApplicationContext context = start(database, urlOptions, properties)) {
			assertions.accept(context);
		}
	}

	private static ConfigurableApplicationContext start(String database, String urlOptions, String... properties) {
		return new SpringApplicationBuilder(H2Application.class).web(WebApplicationType.NONE)
			.properties("spring.datasource.url=jdbc:h2:mem:" + database + urlOptions, "spring.datasource.username=sa",
					"spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.defer-datasource-initialization=true",
					"spring.sql.init.mode=always", "spring.sql.init.data-locations=classpath:h2/data.sql",
					"seqguard.refresh-interval=0")
			.properties(properties)
			.run();
	}

	private static List<Tuple> drifted(ConfigurableApplicationContext context) {
		return context.getBean(SequenceGuard.class)
			.latestReport()
			.drifted()
			.stream()
			.map((entry) -> Tuple.tuple(entry.identity().table(), entry.knownLag()))
			.toList();
	}

}
