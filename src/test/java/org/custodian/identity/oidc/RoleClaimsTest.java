package org.custodian.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.custodian.identity.Role;
import org.junit.jupiter.api.Test;

class RoleClaimsTest {

    @Test
    void readsAJsonArray() {
        assertThat(RoleClaims.from(List.of("officer", "SUPERVISOR"))).containsExactlyInAnyOrder(Role.OFFICER,
                Role.SUPERVISOR);
    }

    @Test
    void readsAStringSeparatedBySpacesOrCommas() {
        assertThat(RoleClaims.from("auditor, professional-standards  administrator"))
                .containsExactlyInAnyOrder(Role.AUDITOR, Role.PROFESSIONAL_STANDARDS, Role.ADMINISTRATOR);
    }

    @Test
    void acceptsApplicationPrefixAndAnySeparatorOrCase() {
        assertThat(RoleClaims.from(List.of("custodian-evidence-officer", "Custodian_Data_Protection_Officer",
                "custodian.prosecutor"))).containsExactlyInAnyOrder(Role.EVIDENCE_OFFICER,
                        Role.DATA_PROTECTION_OFFICER, Role.PROSECUTOR);
        assertThat(RoleClaims.from("evidence_officer")).containsExactly(Role.EVIDENCE_OFFICER);
    }

    @Test
    void ignoresRolesOfOtherApplications() {
        assertThat(RoleClaims.from(List.of("payroll-admin", "offline_access", "officer")))
                .containsExactly(Role.OFFICER);
        assertThat(RoleClaims.from("wizard")).isEmpty();
    }

    @Test
    void missingOrOddClaimGivesNoRole() {
        assertThat(RoleClaims.from(null)).isEmpty();
        assertThat(RoleClaims.from(42)).isEmpty();
        assertThat(RoleClaims.from(" , ")).isEmpty();
    }
}
