package dev.seqguard.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Captures the engine's log for each test: a test method takes an {@link EngineLog}
 * parameter and reads what the engine logged while it ran.
 */
public final class CaptureEngineLog implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

	private static final Namespace NAMESPACE = Namespace.create(CaptureEngineLog.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		EngineLog log = new EngineLog();
		log.start();
		context.getStore(NAMESPACE).put(EngineLog.class, log);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		EngineLog log = context.getStore(NAMESPACE).remove(EngineLog.class, EngineLog.class);
		if (log != null) {
			log.stop();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == EngineLog.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getStore(NAMESPACE).get(EngineLog.class, EngineLog.class);
	}

}
