package dev.rebound.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape described in docs/architecture.md, kept by the build: packages depend one way, the API types (generated
 * from the contract, and the few written by hand) and the shared vocabulary know no feature, cross-cutting packages
 * know no feature, and resources leave storage to services.
 */
class PackageRulesTest {

    private static final String[] FEATURES = {
        "dev.rebound.rejection..",
        "dev.rebound.suggestion..",
        "dev.rebound.followup..",
        "dev.rebound.reminder..",
        "dev.rebound.insight..",
        "dev.rebound.account..",
        "dev.rebound.labels.."
    };

    private static JavaClasses service;

    @BeforeAll
    static void importService() {
        service = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rebound");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.rebound.(*)..").should().beFreeOfCycles().check(service);
    }

    @Test
    void vocabularyDependsOnNothingElseOfOurs() {
        classes()
                .that()
                .resideInAPackage("dev.rebound.vocabulary..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.rebound.vocabulary..", "java..")
                .check(service);
    }

    @Test
    void theApiTypesKnowOnlyEachOtherAndTheBindingRules() {
        classes()
                .that()
                .resideInAPackage("dev.rebound.api..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "dev.rebound.api..",
                        "dev.rebound.binding..",
                        "java..",
                        "jakarta.validation..",
                        "jakarta.annotation..",
                        "com.fasterxml.jackson..")
                .check(service);
    }

    @Test
    void crossCuttingPackagesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.rebound.binding..",
                        "dev.rebound.config..",
                        "dev.rebound.contract..",
                        "dev.rebound.db..",
                        "dev.rebound.http..",
                        "dev.rebound.idempotency..",
                        "dev.rebound.metrics..",
                        "dev.rebound.problem..",
                        "dev.rebound.ratelimit..",
                        "dev.rebound.security..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES)
                .check(service);
    }

    @Test
    void resourcesLeaveStorageToServices() {
        noClasses()
                .that()
                .areAnnotatedWith(jakarta.ws.rs.Path.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "io.quarkus.hibernate..", "java.sql..", "io.agroal..")
                .check(service);
    }

    @Test
    void rulesArePlainJava() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Rules")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("dev.rebound..", "java..")
                .check(service);
    }
}
