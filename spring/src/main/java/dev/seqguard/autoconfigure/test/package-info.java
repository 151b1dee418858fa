/**
 * SeqGuard in Spring's TestContext framework: the check after {@code @Sql} scripts,
 * inside the test's transaction.
 */
@NullMarked
package dev.seqguard.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
