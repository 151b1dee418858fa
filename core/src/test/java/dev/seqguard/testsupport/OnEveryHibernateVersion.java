package dev.seqguard.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks the engine's tests that depend on Hibernate's own behaviour (discovery, the
 * Hibernate-oracle tests): core runs them on Hibernate 6.6 and again, in its
 * {@code hibernate-7} execution, on the Boot 4 line's Hibernate 7. Tagged for JUnit and
 * for jqwik, whose properties JUnit's tag does not reach.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OnEveryHibernateVersion.TAG)
@net.jqwik.api.Tag(OnEveryHibernateVersion.TAG)
public @interface OnEveryHibernateVersion {

	/** The JUnit tag. */
	String TAG = "every-hibernate-version";

}
