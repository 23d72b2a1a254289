package org.custodian.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodian.identity.Role;
import org.custodian.identity.StaffUser;
import org.junit.jupiter.api.Test;

class ClaimMappingTest {

    private final ClaimMapping defaults = new ClaimMapping("https://idp.example", "preferred_username", "roles",
            "name");

    @Test
    void mapsTheConfiguredClaims() {
        ClaimedIdentity who = defaults.identify(Map.of("sub", "42", "preferred_username", "jsmith",
                "name", "Jo Smith", "roles", List.of("officer")));
        assertThat(who).isEqualTo(new ClaimedIdentity("https://idp.example", "42", "jsmith", "Jo Smith",
                Set.of(Role.OFFICER)));
    }

    @Test
    void usernamesAreNormalisedToStaffUserRules() {
        assertThat(ClaimMapping.normalise("J.Smith@Force.Police.UK")).isEqualTo("j.smith_force.police.uk");
        assertThat(ClaimMapping.normalise("  José Núñez ")).isEqualTo("jose_nunez");
        assertThat(ClaimMapping.normalise("_svc-account")).isEqualTo("svc-account");
        assertThat(ClaimMapping.normalise("x".repeat(80))).hasSize(64);
        for (String name : List.of("J.Smith@Force.Police.UK", "José Núñez", "_svc-account", "x".repeat(80))) {
            String username = ClaimMapping.normalise(name);
            assertThat(new StaffUser(username, "Someone", Set.of(Role.OFFICER), null, null, true).username())
                    .isEqualTo(username);
        }
    }

    @Test
    void nothingUsableLeftIsNoUsername() {
        assertThat(ClaimMapping.normalise("@")).isNull();
        assertThat(ClaimMapping.normalise("é")).isNull();
        assertThatThrownBy(() -> defaults.identify(Map.of("sub", "42", "roles", "officer")))
                .isInstanceOfSatisfying(SignInRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(SignInRefusedException.Reason.NO_USERNAME));
    }

    @Test
    void displayNameFallsBackToTheProvidersUsername() {
        assertThat(defaults.identify(Map.of("sub", "7", "preferred_username", "Pat@Force")).displayName())
                .isEqualTo("Pat@Force");
    }

    @Test
    void rolesMayComeFromANestedClaimAsKeycloakSendsThem() {
        ClaimMapping keycloak = new ClaimMapping("https://kc.example", "preferred_username", "realm_access.roles",
                "name");
        assertThat(keycloak.identify(Map.of("sub", "1", "preferred_username", "kim",
                "realm_access", Map.of("roles", List.of("custodian-auditor", "default-roles-force")))).roles())
                .containsExactly(Role.AUDITOR);
    }

    @Test
    void aClaimWhoseNameHasDotsIsReadAsItIs() {
        ClaimMapping namespaced = new ClaimMapping("https://tenant.example", "preferred_username",
                "https://custodian.example/roles", "name");
        assertThat(namespaced.identify(Map.of("sub", "1", "preferred_username", "lee",
                "https://custodian.example/roles", List.of("supervisor"))).roles()).containsExactly(Role.SUPERVISOR);
    }
}
