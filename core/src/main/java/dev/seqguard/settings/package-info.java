/**
 * What a check looks at and how long it may take: the table filter, catalog and tenant
 * schemas, timeouts and thresholds, as the Spring properties and the CLI set them; no
 * engine, no Spring.
 */
@NullMarked
package dev.seqguard.settings;

import org.jspecify.annotations.NullMarked;
