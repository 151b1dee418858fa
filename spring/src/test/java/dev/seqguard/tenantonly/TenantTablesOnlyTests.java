package dev.seqguard.tenantonly;

import dev.seqguard.SequenceGuard;
import dev.seqguard.report.TargetReport;
import dev.seqguard.report.TargetStatus;
import dev.seqguard.testsupport.EmbeddedPostgres;
import dev.seqguard.testsupport.EmbeddedPostgres.TestDatabase;
import dev.seqguard.tenantonly.TenantOnlyApplication.Customer;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Hibernate's SCHEMA multi-tenancy with {@code seqguard.tenant-schemas} and the entity
 * tables only in the tenants' schemas: the tenants are checked, the default schema's
 * missing tables are no error and no warning, and one INFO line says so.
 */
@SpringBootTest(classes = TenantOnlyApplication.class, properties = { "seqguard.refresh-interval=0",
		"seqguard.tenant-schemas=tenant_*", "spring.jpa.hibernate.ddl-auto=none",
		"spring.jpa.properties.hibernate.multi_tenant_connection_provider=dev.seqguard.tenantonly.TenantOnlyApplication$SchemaPerTenant",
		"spring.jpa.properties.hibernate.tenant_identifier_resolver=dev.seqguard.tenantonly.TenantOnlyApplication$CurrentTenant" })
@ExtendWith(OutputCaptureExtension.class)
class TenantTablesOnlyTests {

	static final TestDatabase database = EmbeddedPostgres.createDatabase("tenantonly");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		database.execute(TenantOnlyApplication.tables("tenant_a") + TenantOnlyApplication.tables("tenant_b") + """
				insert into tenant_b.customer (id) values (1), (2);
				""");
		TenantOnlyApplication.database = database.dataSource();
		database.register(registry);
	}

	@Autowired
	SequenceGuard guard;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theTenantsAreCheckedAndTheMissingBaseTablesAreNoErrorButOneInfoLine(CapturedOutput output) {
		assertThat(this.guard.latestReport().targets())
			.extracting((target) -> target.identity().qualifiedTable(), TargetReport::status)
			.containsExactlyInAnyOrder(tuple("tenant_a.customer", TargetStatus.OK),
					tuple("tenant_a.purchase", TargetStatus.OK), tuple("tenant_b.customer", TargetStatus.DRIFT),
					tuple("tenant_b.purchase", TargetStatus.OK));
		assertThat(output.getAll()).doesNotContain("does not exist");
		assertThat(output.getAll().lines().filter((line) -> line.contains(" WARN ") && line.contains("dev.seqguard")))
			.singleElement()
			.asString()
			.contains("Sequence drift on tenant_b.customer.id");
		assertThat(output.getAll().lines().filter((line) -> line.contains("in the tenant schemas only")))
			.singleElement()
			.asString()
			.contains("INFO")
			.contains("2 entity tables of datasource 'dataSource'")
			.contains("customer")
			.contains("purchase");

		assertThat(this.guard.check().targets()).extracting(TargetReport::status).doesNotContain(TargetStatus.ERROR);
		assertThat(output.getAll().lines().filter((line) -> line.contains("in the tenant schemas only"))).hasSize(1);
	}

	@Test
	void hibernateReallyWritesToTheTenantsSchema() {
		TenantOnlyApplication.currentTenant.set("tenant_a");
		try (var entityManager = this.entityManagerFactory.createEntityManager()) {
			entityManager.getTransaction().begin();
			Customer customer = new Customer();
			entityManager.persist(customer);
			entityManager.getTransaction().commit();
			assertThat(customer.getId()).isNotNull();
		}
		finally {
			TenantOnlyApplication.currentTenant.remove();
		}
		database.execute("delete from tenant_a.customer");
	}

}
