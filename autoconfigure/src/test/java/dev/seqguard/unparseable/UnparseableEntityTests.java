package dev.seqguard.unparseable;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entity SeqGuard cannot check (an {@code @Subselect} whose "table" is a query) in {@code report} mode: the
 * application starts, that entity is reported with the reason, and every other table is still checked.
 */
class UnparseableEntityTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("unparseable");

	static {
		database.execute(UnparseableEntityApplication.SCHEMA);
	}

	@Test
	void theApplicationStartsAndTheOtherTablesAreStillChecked() {
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(
				UnparseableEntityApplication.class)
			.web(WebApplicationType.NONE)
			.properties("spring.datasource.url=" + database.jdbcUrl(), "spring.datasource.username=postgres",
					"spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0")
			.run()) {
			var report = application.getBean(SequenceGuard.class).latestReport();

			assertThat(report.drifted()).extracting(TargetReport::table, TargetReport::lag)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("shipment", 2L));
			assertThat(report.targets()).filteredOn((target) -> target.entity().contains("ShipmentsPerDestination"))
				.singleElement()
				.satisfies((target) -> {
					assertThat(target.status()).isIn(TargetStatus.SKIPPED, TargetStatus.ERROR);
					assertThat(target.detail()).isNotBlank();
				});
		}
	}

}
