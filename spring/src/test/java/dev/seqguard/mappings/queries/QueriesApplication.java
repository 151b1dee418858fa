package dev.seqguard.mappings.queries;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the whole auto-configuration, as an application does, with this package's
 * entities.
 */
@SpringBootApplication
public class QueriesApplication {

}
