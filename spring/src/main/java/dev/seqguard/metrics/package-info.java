/**
 * Micrometer meters over the latest report: a scrape never runs SQL.
 */
@NullMarked
package dev.seqguard.metrics;

import org.jspecify.annotations.NullMarked;
