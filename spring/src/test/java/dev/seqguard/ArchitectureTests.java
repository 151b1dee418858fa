package dev.seqguard;

import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules, on the compiled main classes of {@code seqguard-core} and this module:
 * the engine knows no Spring, and no package reaches up a layer.
 */
class ArchitectureTests {

	private static final String[] CORE = { "dev.seqguard", "dev.seqguard.discovery..", "dev.seqguard.inspection..",
			"dev.seqguard.repair..", "dev.seqguard.report.." };

	/**
	 * The engine's classes outside {@code dev.seqguard} and {@code dev.seqguard.report}
	 * that the Spring modules may use.
	 */
	private static final Set<String> PUBLIC_API = Set.of("dev.seqguard.discovery.Target",
			"dev.seqguard.discovery.DbName", "dev.seqguard.discovery.IdGenerator",
			"dev.seqguard.discovery.OptimizerKind", "dev.seqguard.discovery.HibernateTargetDiscovery",
			"dev.seqguard.discovery.DistinctTargets", "dev.seqguard.discovery.SequenceMapping",
			"dev.seqguard.inspection.InspectionSettings", "dev.seqguard.inspection.TableFilter",
			"dev.seqguard.inspection.SchemaScope", "dev.seqguard.inspection.Glob");

	// the main classes come from their jars in a full build, from target/classes
	// otherwise;
	// the tests from target/test-classes or a tests jar (seqguard-spring's): neither is
	// imported
	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("-tests.jar") && !location.contains("seqguard-test-support")
				&& !location.contains("/test-support/"))
		.importPackages("dev.seqguard");

	@Test
	void theEngineKnowsNoSpring() {
		noClasses().that()
			.resideInAnyPackage(CORE)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework..")
			.check(classes);
	}

	@Test
	void noPackageReachesUpALayer() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("report")
			.definedBy("dev.seqguard.report..")
			.layer("discovery")
			.definedBy("dev.seqguard.discovery..")
			.layer("inspection")
			.definedBy("dev.seqguard.inspection..")
			.layer("repair")
			.definedBy("dev.seqguard.repair..")
			.layer("facade")
			.definedBy("dev.seqguard")
			.layer("metrics")
			.definedBy("dev.seqguard.metrics..")
			.layer("actuate")
			.definedBy("dev.seqguard.actuate..")
			.layer("autoconfigure")
			.definedBy("dev.seqguard.autoconfigure..")
			.whereLayer("report")
			.mayNotAccessAnyLayer()
			.whereLayer("discovery")
			.mayNotAccessAnyLayer()
			.whereLayer("inspection")
			.mayOnlyAccessLayers("discovery", "report")
			.whereLayer("repair")
			.mayOnlyAccessLayers("discovery", "inspection", "report")
			// metrics and actuate read the report through the facade, never the engine's
			// internals
			.whereLayer("metrics")
			.mayOnlyAccessLayers("facade", "report")
			.whereLayer("actuate")
			.mayOnlyAccessLayers("facade", "report")
			.whereLayer("autoconfigure")
			.mayNotBeAccessedByAnyLayer()
			.check(classes);
	}

	/**
	 * What the Spring modules may call in the engine: the facade, the report, the
	 * settings, and the discovery of targets. Inspection and repair classes are public
	 * only because the engine's own packages share them.
	 */
	@Test
	void springModulesUseOnlyTheEnginesPublicApi() {
		noClasses().that()
			.resideOutsideOfPackages(CORE)
			.should()
			.dependOnClassesThat(
					DescribedPredicate.describe("are engine internals", ArchitectureTests::isEngineInternal))
			.check(classes);
	}

	private static boolean isEngineInternal(JavaClass engineClass) {
		String topLevel = engineClass.getName().replaceFirst("\\$.*", "");
		return Stream.of("dev.seqguard.discovery.", "dev.seqguard.inspection.", "dev.seqguard.repair.")
			.anyMatch(topLevel::startsWith) && !PUBLIC_API.contains(topLevel);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.seqguard.(*)..").should().beFreeOfCycles().check(classes);
	}

}
