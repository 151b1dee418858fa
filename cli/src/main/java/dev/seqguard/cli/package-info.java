/**
 * SeqGuard's command line: checks or repairs the sequences of any PostgreSQL database by
 * URL.
 */
@NullMarked
package dev.seqguard.cli;

import org.jspecify.annotations.NullMarked;
