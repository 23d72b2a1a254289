package org.custodian.ingest.axis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AxisTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void acceptsItsOwnTokenUntilItExpires() {
        AxisTokens issuer = tokens(new byte[32], NOW);
        String token = issuer.issue("AUTH_axis");
        assertThat(issuer.verify(token)).contains("AUTH_axis");
        assertThat(tokens(new byte[32], NOW.plus(Duration.ofMinutes(59))).verify(token)).contains("AUTH_axis");
        assertThat(tokens(new byte[32], NOW.plus(Duration.ofMinutes(60))).verify(token)).isEmpty();
    }

    @Test
    void isAcceptedByEveryNodeSharingTheSecretAndNoOther() {
        String token = tokens(new byte[32], NOW).issue("AUTH_axis");
        byte[] otherSecret = new byte[32];
        otherSecret[0] = 1;
        assertThat(tokens(new byte[32], NOW).verify(token)).isPresent();
        assertThat(tokens(otherSecret, NOW).verify(token)).isEmpty();
    }

    @Test
    void refusesTamperedAndMalformedTokens() {
        AxisTokens issuer = tokens(new byte[32], NOW);
        String token = issuer.issue("AUTH_axis");
        String forgedAccount = token.replace(token.substring(7, token.indexOf('.')),
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("AUTH_other|9999999999".getBytes()));
        assertThat(issuer.verify(forgedAccount)).isEmpty();
        assertThat(issuer.verify(token + "x")).isEmpty();
        assertThat(issuer.verify(null)).isEmpty();
        assertThat(issuer.verify("AUTH_tk")).isEmpty();
        assertThat(issuer.verify("AUTH_tk!!.??")).isEmpty();
        assertThat(issuer.verify("Bearer " + token)).isEmpty();
    }

    private static AxisTokens tokens(byte[] secret, Instant now) {
        AxisCredentials credentials = mock(AxisCredentials.class);
        when(credentials.tokenSecret()).thenReturn(secret);
        return new AxisTokens(credentials, EndToEndDecryptionTest.properties(null, "k"), Clock.fixed(now, ZoneOffset.UTC));
    }
}
