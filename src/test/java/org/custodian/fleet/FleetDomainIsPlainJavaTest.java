package org.custodian.fleet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The fleet's rules read and test as plain Java; only the two application services touch Spring and storage. */
class FleetDomainIsPlainJavaTest {

    @Test
    void domainTypesUseNoSpringJdbcOrHttp() {
        noClasses().that().resideInAPackage("org.custodian.fleet")
                .and().doNotHaveSimpleName(Fleet.class.getSimpleName())
                .and().doNotHaveSimpleName(CameraCustody.class.getSimpleName())
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta.servlet..", "tools.jackson..", "org.custodian.fleet.jdbc..", "org.custodian.fleet.web..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.custodian.fleet"));
    }
}
