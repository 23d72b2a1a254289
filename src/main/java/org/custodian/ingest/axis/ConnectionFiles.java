package org.custodian.ingest.axis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The connection file the body worn manager imports to use Custodian as its content destination. It holds
 * the account key, so making one is audited, and when the key is generated each file carries a new key.
 */
@Component
class ConnectionFiles {

    static final String APPLICATION_NAME = "Custodian";

    private final AxisProperties properties;
    private final AxisCredentials credentials;
    private final EndToEndDecryption decryption;
    private final AuditLog audit;

    ConnectionFiles(AxisProperties properties, AxisCredentials credentials, EndToEndDecryption decryption,
            AuditLog audit) {
        this.properties = properties;
        this.credentials = credentials;
        this.decryption = decryption;
        this.audit = audit;
    }

    /** @param baseUrl where cameras reach this server, without a trailing slash */
    @Transactional
    Map<String, Object> make(String baseUrl) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("ConnectionFileVersion", "1.0");
        file.put("SiteName", properties.siteName());
        file.put("ApplicationName", APPLICATION_NAME);
        file.put("ApplicationVersion", version());
        file.put("ContentDestinationAsNTPServer", false);
        file.put("AuthenticationTokenURI", List.of(baseUrl + "/auth/v1.0"));
        List<String> certificates = certificates();
        if (!certificates.isEmpty()) {
            file.put("HTTPSCertificate", certificates);
        }
        file.put("BlobAPIKey", credentials.keyForConnectionFile());
        file.put("BlobAPIUserName", properties.username());
        file.put("ContainerType", "mp4");
        file.put("FullStoreAndReadSupport", false);
        file.put("WantEncryption", decryption.enabled());
        if (decryption.enabled()) {
            file.put("PublicKey", decryption.publicKeyForConnectionFile());
            file.put("PublicKeyId", decryption.publicKeyId());
        }
        audit.record(AuditEvent.succeeded("axis.connection-file-read", "axis-account", properties.username())
                .with("authenticationTokenUri", baseUrl + "/auth/v1.0").with("wantEncryption", decryption.enabled()));
        return file;
    }

    static String version() {
        return Objects.requireNonNullElse(ConnectionFiles.class.getPackage().getImplementationVersion(), "development");
    }

    private List<String> certificates() {
        List<Path> files = properties.httpsCertificateFiles() == null ? List.of() : properties.httpsCertificateFiles();
        return files.stream().map(file -> {
            try {
                return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read custodian.axis.https-certificate-files " + file + ": " + e, e);
            }
        }).toList();
    }
}
