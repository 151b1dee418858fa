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
		return (reset != null) ? new Reset(reset, optimizer) : new ClearState(optimizer);
	}

	/**
	 * Calls Hibernate 7.2's {@code reset()}. A class, not a record: two targets' resets
	 * are equal only when they are the same, as they were as lambdas.
	 */
	private static final class Reset implements Runnable {

		private final MethodHandle reset;

		private final Optimizer optimizer;

		Reset(MethodHandle reset, Optimizer optimizer) {
			this.reset = reset;
			this.optimizer = optimizer;
		}

		@Override
		public void run() {
			try {
				this.reset.invoke(this.optimizer);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException(
						"Optimizer#reset() of " + this.optimizer.getClass().getName() + " failed", ex);
			}
		}

	}

	/** Clears the fields {@code reset()} clears, on Hibernate 6.6. */
	private static final class ClearState implements Runnable {

		private final Optimizer optimizer;

		ClearState(Optimizer optimizer) {
			this.optimizer = optimizer;
		}

		@Override
		public void run() {
			clearState(this.optimizer);
		}

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
