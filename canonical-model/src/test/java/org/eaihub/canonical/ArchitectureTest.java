package org.eaihub.canonical;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The canonical model is plain Java: it depends on neither Camel nor Spring (the Maven enforcer bans them as
 * dependencies; this test bans them in the code).
 */
class ArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.eaihub.canonical");

    @Test
    void modelKnowsNeitherCamelNorSpring() {
        noClasses().that().resideInAPackage("org.eaihub.canonical..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", "org.springframework..")
                .check(MODEL);
    }

    @Test
    void modelKnowsNoOtherModuleOfTheHub() {
        noClasses().that().resideInAPackage("org.eaihub.canonical..")
                .should().dependOnClassesThat(resideInAPackage("org.eaihub..")
                        .and(resideOutsideOfPackage("org.eaihub.canonical..")))
                .check(MODEL);
    }
}
