package dev.seqguard.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that the build runs again on the oldest and the newest PostgreSQL
 * SeqGuard supports (the {@code postgresql-13} and {@code postgresql-18} surefire
 * executions select this tag).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnEveryPostgresVersion.TAG)
public @interface OnEveryPostgresVersion {

	/** The JUnit tag. */
	String TAG = "every-postgres-version";

}
