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

	private static final String[] CORE = { "dev.seqguard", "dev.seqguard.discovery..", "dev.seqguard.settings..",
			"dev.seqguard.drift..", "dev.seqguard.errors..", "dev.seqguard.measurement..", "dev.seqguard.engine..",
			"dev.seqguard.inspection..", "dev.seqguard.repair..", "dev.seqguard.report.." };

	/** The packages that hold what is the same on every database engine. */
	private static final String[] ENGINE_NEUTRAL = { "dev.seqguard.discovery..", "dev.seqguard.settings..",
			"dev.seqguard.drift..", "dev.seqguard.errors..", "dev.seqguard.measurement..", "dev.seqguard.repair..",
			"dev.seqguard.report.." };

	/**
	 * The engine's classes outside {@code dev.seqguard} and {@code dev.seqguard.report}
	 * that the Spring modules may use.
	 */
	private static final Set<String> PUBLIC_API = Set.of("dev.seqguard.discovery.Target",
			"dev.seqguard.discovery.DbName", "dev.seqguard.discovery.IdGenerator",
			"dev.seqguard.discovery.OptimizerKind", "dev.seqguard.discovery.HibernateTargetDiscovery",
			"dev.seqguard.discovery.DistinctTargets", "dev.seqguard.discovery.SequenceMapping",
			"dev.seqguard.settings.InspectionSettings", "dev.seqguard.settings.TableFilter",
			"dev.seqguard.settings.SchemaScope", "dev.seqguard.settings.Glob", "dev.seqguard.settings.Switches",
			"dev.seqguard.engine.postgresql.CheckClasses");

	// main classes come from their jars in a full build, from target/classes otherwise;
	// test classes (target/test-classes, tests jars, test-support) are left out
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
			.layer("settings")
			.definedBy("dev.seqguard.settings..")
			.layer("drift")
			.definedBy("dev.seqguard.drift..")
			.layer("errors")
			.definedBy("dev.seqguard.errors..")
			.layer("measurement")
			.definedBy("dev.seqguard.measurement..")
			.layer("repair")
			.definedBy("dev.seqguard.repair..")
			.layer("engine")
			.definedBy("dev.seqguard.engine")
			.layer("postgresql")
			.definedBy("dev.seqguard.engine.postgresql..")
			.layer("h2")
			.definedBy("dev.seqguard.engine.h2..")
			.layer("inspection")
			.definedBy("dev.seqguard.inspection..")
			.layer("facade")
			.definedBy("dev.seqguard")
			.layer("metrics")
			.definedBy("dev.seqguard.metrics..")
			.layer("actuate")
			.definedBy("dev.seqguard.actuate..")
			.layer("autoconfigure")
			.definedBy("dev.seqguard.autoconfigure..")
			.whereLayer("report")
			.mayOnlyAccessLayers("settings")
			.whereLayer("discovery")
			.mayNotAccessAnyLayer()
			.whereLayer("errors")
			.mayOnlyAccessLayers("settings")
			.whereLayer("settings")
			.mayOnlyAccessLayers("discovery")
			.whereLayer("drift")
			.mayOnlyAccessLayers("discovery", "report")
			.whereLayer("measurement")
			.mayOnlyAccessLayers("discovery", "settings", "drift", "errors", "report")
			// repair may use the arithmetic, never the other way round
			.whereLayer("repair")
			.mayOnlyAccessLayers("discovery", "drift", "report")
			.whereLayer("engine")
			.mayOnlyAccessLayers("discovery", "settings", "drift", "report")
			// each engine stands on the engine-neutral packages and knows no other engine
			.whereLayer("postgresql")
			.mayOnlyAccessLayers("discovery", "settings", "drift", "errors", "measurement", "repair", "engine",
					"report")
			.whereLayer("h2")
			.mayOnlyAccessLayers("discovery", "settings", "drift", "errors", "measurement", "repair", "engine",
					"report")
			.whereLayer("inspection")
			.mayOnlyAccessLayers("discovery", "settings", "drift", "errors", "engine", "postgresql", "h2", "report")
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
	 * The arithmetic, the judgement, the report and the messages know no engine: a second
	 * engine is added beside the first without touching them.
	 */
	@Test
	void engineNeutralPackagesKnowNoEngine() {
		noClasses().that()
			.resideInAnyPackage(ENGINE_NEUTRAL)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.seqguard.engine..", "dev.seqguard.inspection..")
			.check(classes);
	}

	/** Each engine's reads and repair are its own: no engine uses another's. */
	@Test
	void enginesDoNotUseEachOther() {
		noClasses().that()
			.resideInAPackage("dev.seqguard.engine.h2..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.seqguard.engine.postgresql..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("dev.seqguard.engine.postgresql..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.seqguard.engine.h2..")
			.check(classes);
	}

	/**
	 * A repair may use the state reads and the arithmetic; the reads, the catalog and the
	 * arithmetic never use a repair.
	 */
	@Test
	void readsAndArithmeticDoNotUseRepairs() {
		noClasses().that()
			.resideInAnyPackage("dev.seqguard.drift..", "dev.seqguard.measurement..",
					"dev.seqguard.engine.postgresql.reads..", "dev.seqguard.engine.postgresql.catalog..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.seqguard.repair..", "dev.seqguard.engine.postgresql.repair..",
					"dev.seqguard.engine.postgresql.tablegenerator..")
			.check(classes);
	}

	/**
	 * What the Spring modules may call in the engine: the facade, the report, the
	 * settings, the discovery of targets, and the list of a check's classes to preload.
	 * Inspection and repair classes are public only because the engine's own packages
	 * share them.
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
		return Stream
			.of("dev.seqguard.discovery.", "dev.seqguard.settings.", "dev.seqguard.drift.", "dev.seqguard.errors.",
					"dev.seqguard.measurement.", "dev.seqguard.engine.", "dev.seqguard.inspection.",
					"dev.seqguard.repair.")
			.anyMatch(topLevel::startsWith) && !PUBLIC_API.contains(topLevel);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("dev.seqguard.(*)..").should().beFreeOfCycles().check(classes);
	}

	/** No import circle between any two packages, however deep. */
	@Test
	void everyPackageIsFreeOfCycles() {
		slices().matching("dev.seqguard.(**)").should().beFreeOfCycles().check(classes);
	}

}
