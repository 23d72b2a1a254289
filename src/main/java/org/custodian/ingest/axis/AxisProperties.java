package org.custodian.ingest.axis;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Axis content destination: {@code custodian.axis.*}.
 *
 * @param username       the account the body worn system signs in as ({@code X-Auth-User})
 * @param key            its key; when blank a key is generated with each connection file and only its hash kept
 * @param publicUrl      the base URL cameras reach this server at; when blank, the URL of the request
 * @param siteName       shown in the body worn manager
 * @param privateKeyFile PEM PKCS#8 RSA private key for end-to-end encrypted clips; blank disables encryption
 * @param publicKeyId    the id the body worn system writes into each key object, naming that key
 * @param tokenLifetime  how long an {@code X-Auth-Token} stays valid
 * @param stagingLimit   encrypted clips waiting for their key object may occupy at most this much storage
 * @param httpsCertificateFiles PEM certificates the body worn system should trust for HTTPS; without any
 *                       it connects over plain HTTP, which the spec allows only for trials
 * @param md5EveryClip   take the MD5 of every clip object, to answer a {@code HEAD} with its {@code ETag} as
 *                       Swift does, even when the PUT declared none; off by default, since a clip's
 *                       integrity is its SHA-256 and MD5 costs more CPU per byte than SHA-256 and AES-GCM
 *                       together. A PUT that declares an {@code ETag} is always checked against it.
 */
@ConfigurationProperties("custodian.axis")
record AxisProperties(@DefaultValue("axis") String username, String key, String publicUrl,
        @DefaultValue("Custodian") String siteName, Path privateKeyFile, @DefaultValue("custodian") String publicKeyId,
        @DefaultValue("PT1H") Duration tokenLifetime, @DefaultValue("10GB") DataSize stagingLimit,
        List<Path> httpsCertificateFiles, @DefaultValue("false") boolean md5EveryClip) {

    boolean hasConfiguredKey() {
        return key != null && !key.isBlank();
    }

    boolean wantsEncryption() {
        return privateKeyFile != null && !privateKeyFile.toString().isBlank();
    }

    String account() {
        return "AUTH_" + username;
    }
}
