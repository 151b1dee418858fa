package dev.seqguard.tenants;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A schema-per-tenant application: the entities of {@link TenantTables} (core's tests
 * jar), found in this package.
 */
@SpringBootApplication
public class TenantApplication {

}
