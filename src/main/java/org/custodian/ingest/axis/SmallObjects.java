package org.custodian.ingest.axis;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;

import org.custodian.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * Key objects, GNSS tracks and bookmarks: small, so kept whole in their rows, and checked on arrival so
 * the system hears now, not after the recording is complete, that one cannot be used. A key object also
 * releases the clip staged for it; anything arriving after completion is linked at once.
 */
@Component
class SmallObjects {

    private final RecordingObjectRows rows;
    private final EndToEndDecryption decryption;
    private final ClipIngestion clips;
    private final RecordingLinks links;

    SmallObjects(RecordingObjectRows rows, EndToEndDecryption decryption, ClipIngestion clips, RecordingLinks links) {
        this.rows = rows;
        this.decryption = decryption;
        this.clips = clips;
        this.links = links;
    }

    void receive(ContainerRow container, ObjectName name, Metadata metadata, InputStream body, long length,
            String etag) throws IOException {
        int max = switch (name.kind()) {
            case KEY -> KeyObject.MAX_BYTES;
            case TRACK -> GnssTrack.MAX_BYTES;
            default -> BookmarkObject.MAX_BYTES;
        };
        if (length > max) {
            throw new InvalidValueException(name.kind().name().toLowerCase(java.util.Locale.ROOT) + " objects are limited to " + max + " bytes");
        }
        VerifiedBody verified = new VerifiedBody(body, length, etag, true);
        byte[] bytes = verified.readNBytes(max + 1); // to the end, so the ETag and length are checked
        if (bytes.length > max) {
            throw new InvalidValueException(name.kind().name().toLowerCase(java.util.Locale.ROOT) + " objects are limited to " + max + " bytes");
        }
        check(name, bytes, metadata);
        rows.save(ObjectRow.of(container.name().value(), name.value(), name.kind(), metadata)
                .withContent(bytes, verified.md5()));
        if (name.kind() == ObjectName.Kind.KEY) {
            releaseStagedClips(container, name, KeyObject.parse(bytes));
        }
        if (container.isComplete()) {
            links.link(container.name().value());
        }
    }

    private void check(ObjectName name, byte[] bytes, Metadata metadata) {
        switch (name.kind()) {
            case KEY -> decryption.unwrap(KeyObject.parse(bytes));
            // An encrypted track can only be read once its key is here; a plain one is read now.
            case TRACK -> {
                if (!decryption.enabled()) {
                    GnssTrack.parse(bytes, Instant.EPOCH);
                }
            }
            default -> BookmarkObject.parse(bytes, metadata, Instant.EPOCH);
        }
    }

    private void releaseStagedClips(ContainerRow container, ObjectName key, KeyObject keyObject) throws IOException {
        for (ObjectRow row : rows.all(container.name().value())) {
            if (row.isStaged() && key.isKeyFor(row.name())) {
                clips.receiveStaged(container, row, Optional.of(keyObject));
            }
        }
    }
}
