package dev.rebound.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.util.List;
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
        "dev.rebound.labels..",
        "dev.rebound.mcp.."
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
        slices().matching("dev.rebound.(**)").should().beFreeOfCycles().check(service);
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

    /**
     * Quarkus applies a class's security annotation only to the methods that class declares, so every class that
     * declares resource methods says who may call them. Public by design: the vocabularies (labels for forms), the
     * calendar feed (its secret is in the URL) and the protected resource metadata (where to get a token).
     */
    @Test
    void everyClassDeclaringResourceMethodsRequiresAnOwner() {
        DescribedPredicate<JavaClass> declaresResourceMethods = new DescribedPredicate<>("declare resource methods") {
            @Override
            public boolean test(JavaClass type) {
                return type.getMethods().stream()
                        .anyMatch(method -> HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith));
            }
        };
        classes()
                .that(declaresResourceMethods)
                .and()
                .doNotHaveFullyQualifiedName("dev.rebound.labels.VocabularyResource")
                .and()
                .doNotHaveFullyQualifiedName("dev.rebound.reminder.FeedResource")
                .and()
                .doNotHaveFullyQualifiedName("dev.rebound.security.ProtectedResourceMetadataResource")
                .should()
                .beAnnotatedWith(Authenticated.class)
                .check(service);
    }

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

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
