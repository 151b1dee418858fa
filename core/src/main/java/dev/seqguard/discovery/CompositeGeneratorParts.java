package dev.seqguard.discovery;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.List;

import org.hibernate.id.CompositeNestedGeneratedValueGenerator;
import org.hibernate.id.CompositeNestedGeneratedValueGenerator.GenerationPlan;
import org.hibernate.type.CompositeType;
import org.jspecify.annotations.Nullable;

/**
 * Reads the generated parts of a composite id generator on every supported Hibernate.
 * <p>
 * Hibernate 7 has public getters ({@code getGenerationPlans()},
 * {@code getComponentType()}, {@code getGeneratedOnExecutionColumnInclusions()}).
 * Hibernate 6.6 has none: its plans and composite type are private fields
 * ({@code generationPlans}, {@code compositeType}), read here, and it rejects IDENTITY
 * parts in composite ids ("Identity generation isn't supported for composite ids"), so
 * there are no parts generated on insert. Each accessor is looked up once.
 */
final class CompositeGeneratorParts {

	private static final Class<CompositeNestedGeneratedValueGenerator> TYPE = CompositeNestedGeneratedValueGenerator.class;

	private static final @Nullable MethodHandle PLANS = getterOrField("getGenerationPlans", "generationPlans");

	private static final @Nullable MethodHandle COMPOSITE_TYPE = getterOrField("getComponentType", "compositeType");

	private static final @Nullable MethodHandle ON_EXECUTION = getterOrField("getGeneratedOnExecutionColumnInclusions",
			null);

	private CompositeGeneratorParts() {
	}

	/**
	 * Tells why the parts cannot be read on the running Hibernate.
	 * @return the reason, or {@code null} when they can
	 */
	static @Nullable String unreadable() {
		return (PLANS == null || COMPOSITE_TYPE == null)
				? "this Hibernate version (" + org.hibernate.Version.getVersionString()
						+ ") exposes neither getters nor the known fields of its composite id generator"
				: null;
	}

	@SuppressWarnings("unchecked")
	static List<GenerationPlan> plans(CompositeNestedGeneratedValueGenerator generator) {
		return (List<GenerationPlan>) invoke(PLANS, generator);
	}

	static String[] propertyNames(CompositeNestedGeneratedValueGenerator generator) {
		return ((CompositeType) invoke(COMPOSITE_TYPE, generator)).getPropertyNames();
	}

	/**
	 * Returns one flag per id column, set when the database assigns that column on
	 * insert.
	 * @param generator the generator
	 * @return the flags, or {@code null} (Hibernate 6.6 has no such parts)
	 */
	static boolean @Nullable [] generatedOnExecution(CompositeNestedGeneratedValueGenerator generator) {
		return (ON_EXECUTION != null) ? (boolean[]) invoke(ON_EXECUTION, generator) : null;
	}

	private static Object invoke(@Nullable MethodHandle accessor, CompositeNestedGeneratedValueGenerator generator) {
		if (accessor == null) {
			throw new IllegalStateException(unreadable());
		}
		try {
			return accessor.invoke(generator);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable MethodHandle getterOrField(String getter, @Nullable String field) {
		try {
			return MethodHandles.publicLookup().unreflect(TYPE.getMethod(getter));
		}
		catch (ReflectiveOperationException ex) {
			// Hibernate 6.6: no getter
		}
		if (field == null) {
			return null;
		}
		try {
			Field declared = TYPE.getDeclaredField(field);
			declared.setAccessible(true);
			return MethodHandles.lookup().unreflectGetter(declared);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			return null;
		}
	}

}
