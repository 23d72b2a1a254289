package org.custodian.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The clip model and the footage pipeline are plain Java; only the application services touch Spring. */
class EvidenceDomainIsPlainJavaTest {

    @Test
    void domainTypesUseNoSpringJdbcOrHttp() {
        noClasses().that().resideInAPackage("org.custodian.evidence")
                .and().doNotHaveSimpleName(Footage.class.getSimpleName())
                .and().doNotHaveSimpleName(ClipCatalogue.class.getSimpleName())
                .and().doNotHaveSimpleName(QuarantineReviews.class.getSimpleName())
                .and().doNotHaveSimpleName(ClipReview.class.getSimpleName())
                .and().doNotHaveSimpleName(DerivedFootage.class.getSimpleName())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta.servlet..", "tools.jackson..", "org.custodian.evidence.jdbc..",
                        "org.custodian.evidence.web..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.custodian.evidence"));
    }
}
