package org.custodian.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of an Axis connection file a camera system needs to dock: where to log in, as whom, and,
 * when the content destination wants encryption, its public key.
 */
public record ConnectionFile(URI authenticationUri, String user, String key, EndToEndKey encryption) {

    public static ConnectionFile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the connection file " + file, e);
        }
    }

    public static ConnectionFile parse(String json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        JsonNode uris = root.path("AuthenticationTokenURI");
        String uri = uris.isArray() ? uris.path(0).asString("") : uris.asString("");
        if (uri.isBlank() || !root.hasNonNull("BlobAPIUserName") || !root.hasNonNull("BlobAPIKey")) {
            throw new IllegalArgumentException(
                    "A connection file needs AuthenticationTokenURI, BlobAPIUserName and BlobAPIKey");
        }
        EndToEndKey encryption = root.path("WantEncryption").asBoolean(false)
                ? EndToEndKey.of(root.path("PublicKey").asString(""), root.path("PublicKeyId").asString(""))
                : null;
        return new ConnectionFile(URI.create(uri), root.get("BlobAPIUserName").asString(),
                root.get("BlobAPIKey").asString(), encryption);
    }
}
