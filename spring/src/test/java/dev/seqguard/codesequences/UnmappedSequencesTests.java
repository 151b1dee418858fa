package dev.seqguard.codesequences;

import com.jayway.jsonpath.JsonPath;
import dev.seqguard.SequenceGuard;
import dev.seqguard.observability.Http;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sequence drawn by application code and mapped nowhere: SeqGuard cannot check it, and
 * says so in one INFO line at startup, in the endpoint's report and in a gauge. The
 * sequence of an excluded table is not listed.
 */
@SpringBootTest(classes = VoucherApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0",
				"seqguard.exclude=audit_log", "management.endpoints.web.exposure.include=prometheus,seqguard",
				"management.prometheus.metrics.export.enabled=true" })
@ExtendWith(OutputCaptureExtension.class)
class UnmappedSequencesTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("unmapped");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(VoucherApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	MeterRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void theReportListsTheSequenceNoCheckedColumnUses() {
		assertThat(this.guard.latestReport().dataSources()).singleElement()
			.satisfies((report) -> assertThat(report.unmappedSequences()).containsExactly("public.voucher_no_seq"));
	}

	@Test
	void startupSaysInOneLineWhatIsNotGuardedAndWhichPropertyMapsIt(CapturedOutput output) {
		assertThat(output.getAll().lines().filter((line) -> line.contains("does not guard"))).singleElement()
			.satisfies((line) -> assertThat(line).contains("INFO")
				.contains("does not guard 1 sequence of datasource 'dataSource'")
				.contains(": public.voucher_no_seq;")
				.contains("seqguard.sequences[schema.sequence]=schema.table.column"));
	}

	@Test
	void theEndpointListsUnmappedSequencesPerDatasource() {
		String json = new Http(this.port).get("/actuator/seqguard").body();

		assertThat(JsonPath.<java.util.List<String>>read(json, "$.dataSources[0].unmappedSequences"))
			.containsExactly("public.voucher_no_seq");
	}

	@Test
	void aGaugeCountsUnmappedSequencesPerDatasource() {
		assertThat(this.registry.get("seqguard.sequences.unmapped").tag("datasource", "dataSource").gauge().value())
			.isEqualTo(1.0);
		assertThat(new Http(this.port).get("/actuator/prometheus").body())
			.contains("seqguard_sequences_unmapped{datasource=\"dataSource\"} 1.0");
	}

	@Test
	void theSequenceOfAnExcludedTableIsNotUnmapped() {
		assertThat(this.guard.check().dataSources().get(0).unmappedSequences()).contains("public.voucher_no_seq")
			.doesNotContain("public.audit_log_id_seq");
	}

}
