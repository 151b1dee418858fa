/**
 * The report of a check: one model that logging, metrics, the actuator endpoint and
 * repair all read.
 */
@NullMarked
package dev.seqguard.report;

import org.jspecify.annotations.NullMarked;
