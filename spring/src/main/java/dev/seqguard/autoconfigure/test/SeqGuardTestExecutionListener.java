package dev.seqguard.autoconfigure.test;

import java.lang.reflect.AnnotatedElement;

import dev.seqguard.autoconfigure.SeqGuardStartupCheck;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.context.jdbc.SqlGroup;
import org.springframework.test.context.jdbc.SqlScriptsTestExecutionListener;

/**
 * Runs SeqGuard's startup check again after a test's {@code @Sql} scripts and before the
 * test method, in the test-managed transaction when there is one: rows that scripts
 * inserted with explicit ids are then repaired ({@code seqguard.mode=repair}) or reported
 * before the test's own inserts meet them.
 * <p>
 * Registered in {@code META-INF/spring.factories}; does nothing in a context without
 * SeqGuard or for a test without {@code @Sql}.
 */
public class SeqGuardTestExecutionListener implements TestExecutionListener, Ordered {

	/** Right after {@link SqlScriptsTestExecutionListener}, which runs the scripts. */
	public static final int ORDER = 5100;

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if ((!hasSqlScripts(testContext.getTestMethod()) && !hasSqlScripts(testContext.getTestClass()))
				|| !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		SeqGuardStartupCheck check = context.getBeanProvider(SeqGuardStartupCheck.class).getIfAvailable();
		if (check != null) {
			check.checkNow(TestTransactionConnections::joinIfActive);
		}
	}

	private static boolean hasSqlScripts(AnnotatedElement element) {
		return AnnotatedElementUtils.hasAnnotation(element, Sql.class)
				|| AnnotatedElementUtils.hasAnnotation(element, SqlGroup.class);
	}

}
