package org.custodian.retention;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The retention model (rules, policy, holds, receipts) is plain Java; only the application services touch Spring. */
class RetentionDomainIsPlainJavaTest {

    @Test
    void domainTypesUseNoSpringJdbcOrHttp() {
        noClasses().that().resideInAPackage("org.custodian.retention")
                .and().haveSimpleNameNotContaining("Policies").and().haveSimpleNameNotContaining("Holds")
                .and().haveSimpleNameNotContaining("Restrictions").and().haveSimpleNameNotContaining("DeletionRequests")
                .and().haveSimpleNameNotContaining("RetentionSchedule").and().haveSimpleNameNotContaining("RetentionSweep")
                .and().haveSimpleNameNotContaining("RetentionConfiguration")
                .and().haveSimpleNameNotContaining("RetentionProperties")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta.servlet..", "tools.jackson..", "org.custodian.retention.jdbc..",
                        "org.custodian.retention.web..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.custodian.retention"));
    }
}
