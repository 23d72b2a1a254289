package org.custodian.ingest.axis;

import java.util.Base64;

import org.custodian.shared.InvalidValueException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A key object of an end-to-end encrypted recording: the clip's AES-256 key wrapped with our RSA public
 * key ({@code EncryptedKey}), the CBC initialisation vector ({@code ContentEncryptionIV}), and which of
 * our public keys was used ({@code PublicKeyId}).
 */
record KeyObject(byte[] wrappedKey, byte[] iv, String publicKeyId) {

    static final int MAX_BYTES = 64 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static KeyObject parse(byte[] json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidValueException("The key object is not JSON");
        }
        byte[] wrapped = base64(node, "EncryptedKey");
        byte[] iv = base64(node, "ContentEncryptionIV");
        if (iv.length != 16) {
            throw new InvalidValueException("ContentEncryptionIV must be 16 bytes for AES-CBC, got " + iv.length);
        }
        JsonNode id = node.get("PublicKeyId");
        return new KeyObject(wrapped, iv, id == null || id.isNull() ? null : id.asString());
    }

    private static byte[] base64(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new InvalidValueException("The key object has no " + field);
        }
        try {
            return Base64.getMimeDecoder().decode(value.asString());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("The key object's " + field + " is not base64");
        }
    }
}
