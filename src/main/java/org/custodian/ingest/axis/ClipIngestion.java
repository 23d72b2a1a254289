package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.custodian.ingest.Ingest;
import org.custodian.ingest.Upload;
import org.custodian.ingest.UploadSlot;
import org.custodian.shared.InvalidValueException;
import org.custodian.storage.BlobKey;
import org.springframework.stereotype.Component;

/**
 * Clip objects into ingest. A plain clip streams straight through, its MD5 checked on the way when the
 * camera system declared one; an encrypted clip is decrypted on the way when its key object is already
 * here, and otherwise staged until the key comes (or the recording is complete without it). A clip's row is written only once ingest has it
 * durably, so a clip sent again after a failure is simply received again.
 */
@Component
class ClipIngestion {

    private final Ingest ingest;
    private final AxisDirectory directory;
    private final EndToEndDecryption decryption;
    private final StagingArea staging;
    private final RecordingObjectRows rows;
    private final boolean md5EveryClip;

    ClipIngestion(Ingest ingest, AxisDirectory directory, EndToEndDecryption decryption, StagingArea staging,
            RecordingObjectRows rows, AxisProperties properties) {
        this.md5EveryClip = properties.md5EveryClip();
        this.ingest = ingest;
        this.directory = directory;
        this.decryption = decryption;
        this.staging = staging;
        this.rows = rows;
    }

    void receive(ContainerRow container, String object, Metadata metadata, InputStream body, long length, String etag)
            throws IOException {
        ClipTimes times = ClipTimes.of(metadata);
        Upload upload = Uploads.of(container, object, metadata, times, officer(container), Map.of());
        Optional<KeyObject> key = rows.keyFor(container.name().value(), object);
        VerifiedBody verified = new VerifiedBody(body, length, etag, md5EveryClip);
        ObjectRow row = ObjectRow.of(container.name().value(), object, ObjectName.Kind.CLIP, metadata);
        if (decryption.enabled() && key.isEmpty()) {
            ingest.check(upload, -1);
            staging.requireRoomFor(length);
            BlobKey blob = StagingArea.newKey();
            try (UploadSlot slot = ingest.acquireSlot()) {
                staging.put(blob, verified, length);
            }
            Optional<String> replaced = rows.find(container.name().value(), object).map(ObjectRow::stagedBlob);
            rows.save(row.staged(blob.value(), verified.md5(), verified.count(), times));
            if (replaced.isPresent()) {
                staging.delete(replaced.get());
            }
            return;
        }
        try (UploadSlot slot = ingest.acquireSlot()) {
            InputStream content = key.isPresent() ? decryption.decrypting(verified, key.get()) : verified;
            ingest.receive(upload, content, key.isPresent() ? -1 : length, received -> rows.save(row.ingested(
                    received.clipId().toString(), received.sha256().hex(), verified.md5(), verified.count(), times)));
        }
    }

    /**
     * A staged clip into ingest: decrypted when its key has come, or, when the recording completed without
     * one, as the camera sent it, noted so, rather than losing footage the camera may already have wiped.
     */
    void receiveStaged(ContainerRow container, ObjectRow staged, Optional<KeyObject> key) throws IOException {
        Map<String, String> notes = key.isPresent() ? Map.of()
                : Map.of("Axis-Encryption", "key object never arrived; stored as received, still encrypted");
        Upload upload = Uploads.of(container, staged.name(), staged.metadata(), staged.times(), officer(container),
                notes);
        try (UploadSlot slot = ingest.acquireSlot(); InputStream in = staging.open(staged.stagedBlob())) {
            InputStream content = key.isPresent() ? decryption.decrypting(in, key.get()) : in;
            ingest.receive(upload, content, key.isPresent() ? -1 : staged.sizeBytes(), received -> rows.save(
                    staged.ingested(received.clipId().toString(), received.sha256().hex(), staged.md5(),
                            staged.sizeBytes(), staged.times())));
        }
        staging.delete(staged.stagedBlob());
    }

    private String officer(ContainerRow container) {
        AxisUser user = directory.user(container.name().userId()).orElseThrow(() -> new InvalidValueException(
                "Unknown user " + Names.quote(container.name().userId())));
        return directory.officerOf(user).orElse(null);
    }
}
