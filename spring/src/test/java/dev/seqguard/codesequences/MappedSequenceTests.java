package dev.seqguard.codesequences;

import dev.seqguard.SequenceGuard;
import dev.seqguard.codesequences.VoucherApplication.Vouchers;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The same sequence mapped with {@code seqguard.sequences}: checked like any other
 * target, repaired at startup in {@code repair} mode, and no longer listed as unmapped.
 */
@SpringBootTest(classes = VoucherApplication.class,
		properties = { "spring.jpa.hibernate.ddl-auto=none", "seqguard.refresh-interval=0", "seqguard.mode=repair",
				"seqguard.exclude=audit_log", "seqguard.sequences[public.voucher_no_seq]=voucher.id" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MappedSequenceTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("mapped");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(VoucherApplication.SCHEMA);
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	Vouchers vouchers;

	@Test
	@Order(1)
	void theMappedSequenceIsRepairedAtStartupAndTheNextVoucherGetsAFreshId() {
		assertThat(this.guard.latestReport().targets())
			.filteredOn((target) -> target.identity().table().equals("voucher"))
			.extracting((target) -> target.identity().sequence(), TargetReport::status)
			.containsExactly(tuple("public.voucher_no_seq", TargetStatus.REPAIRED));

		assertThat(this.vouchers.issue("new")).isEqualTo(6);
	}

	@Test
	@Order(2)
	void theMappedSequenceIsCheckedAgainstItsColumn() {
		database.execute("insert into voucher (id, code) values (100, 'imported'), (101, 'imported')");

		assertThat(this.guard.check().targets()).filteredOn((target) -> target.identity().table().equals("voucher"))
			.singleElement()
			.satisfies((target) -> {
				assertThat(target.status()).isEqualTo(TargetStatus.DRIFT);
				// ids 100 and 101 against a next value of 6 or 7 (the other test issues
				// one)
				assertThat(target.knownLag()).isBetween(95L, 96L);
			});
	}

	@Test
	@Order(0)
	void aMappedSequenceIsNotUnmapped() {
		assertThat(this.guard.latestReport().dataSources().get(0).unmappedSequences()).isEmpty();
	}

}
