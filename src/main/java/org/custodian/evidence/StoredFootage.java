package org.custodian.evidence;

import org.custodian.shared.Sha256;
import org.custodian.storage.BlobKey;

/**
 * Footage durably stored and encrypted: where, the SHA-256 and size of the plaintext as it arrived, and
 * the clip's data key in the only form it may be kept (wrapped by the key-encryption key).
 */
public record StoredFootage(BlobKey blobKey, Sha256 sha256, long sizeBytes, byte[] wrappedKey) {
}
