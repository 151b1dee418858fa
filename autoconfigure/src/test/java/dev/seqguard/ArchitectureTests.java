package dev.seqguard;

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

	// core's classes come from its jar in a full build, from its target/classes
	// otherwise: both are imported
	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
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

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.seqguard.(*)..").should().beFreeOfCycles().check(classes);
	}

}
