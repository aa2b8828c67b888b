package org.inclusio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers gui -> logic -> persistence -> model, with the composition root on top. */
class LayerArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.inclusio");
    }

    @Test
    void layersOnlyPointDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.inclusio", "org.inclusio.app..")
                .layer("Gui").definedBy("org.inclusio.gui..")
                .layer("Logic").definedBy("org.inclusio.logic..")
                .layer("Persistence").definedBy("org.inclusio.persistence..")
                .layer("Model").definedBy("org.inclusio.model..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Gui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Logic").mayOnlyBeAccessedByLayers("App", "Gui")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App", "Logic")
                .whereLayer("Model").mayOnlyBeAccessedByLayers("App", "Gui", "Logic", "Persistence")
                .check(classes);
    }

    @Test
    void nothingBelowTheGuiUsesJavaFx() {
        noClasses().that().resideInAnyPackage("org.inclusio.logic..", "org.inclusio.persistence..",
                        "org.inclusio.model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.inclusio.(**)").should().beFreeOfCycles().check(classes);
    }
}
