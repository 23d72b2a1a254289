package org.custodian.ingest.axis;

import java.time.Instant;

/**
 * An object as stored. Clips carry their times and either the clip they became ({@code clipId}) or the
 * blob they wait in ({@code stagedBlob}); small objects carry their bytes in {@code content}.
 */
record ObjectRow(String container, String name, ObjectName.Kind kind, Metadata metadata, byte[] content,
        String md5, Long sizeBytes, String clipId, String sha256, Instant startedAt, Instant stoppedAt,
        String stagedBlob, Instant linkedAt) {

    static ObjectRow of(String container, String name, ObjectName.Kind kind, Metadata metadata) {
        return new ObjectRow(container, name, kind, metadata, null, null, null, null, null, null, null, null, null);
    }

    ObjectRow withContent(byte[] bytes, String digest) {
        return new ObjectRow(container, name, kind, metadata, bytes, digest, (long) bytes.length, clipId, sha256,
                startedAt, stoppedAt, stagedBlob, null);
    }

    ObjectRow withMetadata(Metadata replaced) {
        return new ObjectRow(container, name, kind, replaced, content, md5, sizeBytes, clipId, sha256, startedAt,
                stoppedAt, stagedBlob, linkedAt);
    }

    ObjectRow staged(String blob, String digest, long size, ClipTimes times) {
        return new ObjectRow(container, name, kind, metadata, null, digest, size, null, null, times.start(),
                times.stop(), blob, null);
    }

    ObjectRow ingested(String clip, String sha, String digest, long size, ClipTimes times) {
        return new ObjectRow(container, name, kind, metadata, null, digest, size, clip, sha, times.start(),
                times.stop(), null, null);
    }

    ObjectRow linked(Instant at) {
        return new ObjectRow(container, name, kind, metadata, content, md5, sizeBytes, clipId, sha256, startedAt,
                stoppedAt, stagedBlob, at);
    }

    boolean isStaged() {
        return stagedBlob != null;
    }

    ClipTimes times() {
        return new ClipTimes(startedAt, stoppedAt);
    }
}
