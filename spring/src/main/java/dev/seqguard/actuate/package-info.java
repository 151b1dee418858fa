/**
 * The {@code seqguard} actuator endpoint and health indicator.
 */
@NullMarked
package dev.seqguard.actuate;

import org.jspecify.annotations.NullMarked;
