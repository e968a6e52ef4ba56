package org.sitrep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of sitrep-core, pinned: its packages (one per pipeline stage, and the packages under
 * them) form no cycle, and nothing in the core depends on the adapters (CLI, server, Spark) that are
 * built on it.
 */
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sitrep");
  }

  @Test
  void thePackagesOfTheCoreFormNoCycle() {
    slices().matching("org.sitrep.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void theCoreDependsOnNoAdapter() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.sitrep.cli..", "org.sitrep.server..",
        "org.sitrep.spark..").check(core);
  }

  @Test
  void noStageDependsOnThePipelineThatOrdersThem() {
    noClasses().that().resideInAnyPackage("org.sitrep.ingest..", "org.sitrep.filter..", "org.sitrep.nlp..",
        "org.sitrep.coding..", "org.sitrep.geo..", "org.sitrep.merge..", "org.sitrep.store..", "org.sitrep.classify..")
        .should().dependOnClassesThat().resideInAPackage("org.sitrep.pipeline..").check(core);
  }
}
