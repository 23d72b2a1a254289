package org.custodian.ingest.axis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * {@code X-Auth-Token}s: the account and an expiry, signed with HMAC-SHA256. Nothing is stored per token,
 * so any node can check a token another node issued, and a token simply stops working when it expires.
 */
@Component
class AxisTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final AxisCredentials credentials;
    private final AxisProperties properties;
    private final Clock clock;

    AxisTokens(AxisCredentials credentials, AxisProperties properties, Clock clock) {
        this.credentials = credentials;
        this.properties = properties;
        this.clock = clock;
    }

    String issue(String account) {
        long expires = clock.instant().plus(properties.tokenLifetime()).getEpochSecond();
        String claims = ENCODER.encodeToString((account + "|" + expires).getBytes(StandardCharsets.UTF_8));
        return "AUTH_tk" + claims + "." + ENCODER.encodeToString(sign(claims));
    }

    /** The account the token was issued for, if the token is genuine and unexpired. */
    Optional<String> verify(String token) {
        if (token == null || !token.startsWith("AUTH_tk") || token.length() > 512) {
            return Optional.empty();
        }
        String[] parts = token.substring("AUTH_tk".length()).split("\\.", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            if (!MessageDigest.isEqual(sign(parts[0]), DECODER.decode(parts[1]))) {
                return Optional.empty();
            }
            String claims = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
            int bar = claims.lastIndexOf('|');
            Instant expires = Instant.ofEpochSecond(Long.parseLong(claims.substring(bar + 1)));
            return clock.instant().isBefore(expires) ? Optional.of(claims.substring(0, bar)) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String claims) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(credentials.tokenSecret(), "HmacSHA256"));
            return mac.doFinal(claims.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
