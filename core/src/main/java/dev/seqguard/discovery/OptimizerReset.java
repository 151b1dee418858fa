package dev.seqguard.discovery;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;

import org.hibernate.id.enhanced.Optimizer;
import org.jspecify.annotations.Nullable;

/**
 * Drops the ids a Hibernate optimizer holds in memory after a repair moved its sequence.
 * <p>
 * Hibernate 7.2 and newer have {@code Optimizer#reset()}, looked up once and called where
 * present. SeqGuard compiles against Hibernate 6.6, which has no such method: there the
 * same fields that 7.2's {@code reset()} clears are cleared here (the block state of
 * pooled, pooled-lo, hilo and legacy-hilo; this thread's block of pooled-lotl).
 */
final class OptimizerReset {

	private static final @Nullable MethodHandle RESET = lookUp();

	private OptimizerReset() {
	}

	static Runnable of(Optimizer optimizer) {
		MethodHandle reset = RESET;
		if (reset == null) {
			return () -> clearState(optimizer);
		}
		return () -> {
			try {
				reset.invoke(optimizer);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Optimizer#reset() of " + optimizer.getClass().getName() + " failed",
						ex);
			}
		};
	}

	/** What Hibernate 7.2's {@code reset()} does, on the fields Hibernate 6.6 has. */
	private static void clearState(Optimizer optimizer) {
		try {
			Field single = field(optimizer, "noTenantState");
			if (single != null) {
				single.set(optimizer, null);
				Field tenants = field(optimizer, "tenantSpecificState");
				if (tenants != null) {
					tenants.set(optimizer, null);
				}
			}
			for (String threadLocal : new String[] { "singleTenantState", "multiTenantStates" }) {
				Field field = field(optimizer, threadLocal);
				if (field != null && field.get(optimizer) instanceof ThreadLocal<?> state) {
					state.remove();
				}
			}
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("could not clear the ids held by " + optimizer.getClass().getName(), ex);
		}
	}

	private static @Nullable Field field(Object owner, String name) {
		for (Class<?> type = owner.getClass(); type != Object.class && type != null; type = type.getSuperclass()) {
			try {
				Field field = type.getDeclaredField(name);
				field.setAccessible(true);
				return field;
			}
			catch (NoSuchFieldException ex) {
				// declared higher up, or not at all
			}
		}
		return null;
	}

	private static @Nullable MethodHandle lookUp() {
		try {
			return MethodHandles.publicLookup()
				.findVirtual(Optimizer.class, "reset", MethodType.methodType(void.class));
		}
		catch (ReflectiveOperationException ex) {
			// Hibernate before 7.2
			return null;
		}
	}

}
