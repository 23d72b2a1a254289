package org.custodian.ingest.tus;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodian.audit.AuditEvent;
import org.custodian.audit.AuditLog;
import org.custodian.ingest.Ingest;
import org.custodian.ingest.IngestProperties;
import org.custodian.ingest.Received;
import org.custodian.ingest.Upload;
import org.custodian.ingest.UploadSlot;
import org.custodian.ingest.tus.TusUploadRecords.Chunk;
import org.custodian.storage.BlobKey;
import org.custodian.storage.StoredBlob;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resumable uploads. Each PATCH is staged as a durable blob before the offset moves, so the offset HEAD
 * reports is always backed by bytes that survive a crash. The last PATCH hands the staged bytes to ingest
 * before its own chunk is recorded: a crash in between leaves the offset short of the end, the client
 * sends the last chunk again, and ingest's idempotency turns the second attempt into the same clip.
 */
@Component
class TusUploads {

    /** Where an upload stands after a PATCH; {@code received} once it became a clip. */
    record Progress(long offset, Received received) {
    }

    private final TusUploadRecords records;
    private final StagedChunks chunks;
    private final Ingest ingest;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long maxSize;

    TusUploads(TusUploadRecords records, StagedChunks chunks, Ingest ingest, AuditLog audit, TransactionTemplate tx,
            Clock clock, IngestProperties properties) {
        this.records = records;
        this.chunks = chunks;
        this.ingest = ingest;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.maxSize = properties.tus().maxSize().toBytes();
    }

    java.util.Optional<TusUpload> find(String id) {
        return records.find(id);
    }

    long maxSize() {
        return maxSize;
    }

    /** Refuses what ingest would refuse (unknown camera, impossible times, no space) before any byte is sent. */
    String create(String owner, long length, String metadata) {
        if (length > maxSize) {
            throw new UploadTooLargeException(length, maxSize);
        }
        String id = UUID.randomUUID().toString().replace("-", "");
        Upload upload = UploadMetadata.toUpload(id, metadata);
        ingest.check(upload, length);
        tx.executeWithoutResult(status -> {
            records.insert(id, owner, length, metadata, clock.instant());
            audit.record(AuditEvent.succeeded("upload.created", "upload", id).with("protocol", "tus")
                    .with("length", length).with("camera", upload.cameraSerial()));
        });
        return id;
    }

    Progress append(TusUpload upload, long offset, Checksum checksum, InputStream body) throws IOException {
        if (upload.isComplete() || offset != upload.offset()) {
            throw new OffsetConflictException(offset, upload.offset());
        }
        try (UploadSlot slot = ingest.acquireSlot()) {
            BlobKey key = chunks.keyFor(upload.id(), offset);
            ReceivedBytes bytes = new ReceivedBytes(body, upload.length() - offset, checksum == null);
            StoredBlob stored = chunks.put(key, bytes);
            if (checksum != null && !checksum.matches(bytes.digest())) {
                chunks.delete(key);
                throw new ChecksumMismatchException();
            }
            if (stored.size() == 0) {
                chunks.delete(key);
                return new Progress(offset, null);
            }
            Chunk chunk = new Chunk(offset, stored.size(), key.value());
            if (offset + stored.size() < upload.length()) {
                record(upload, chunk, null);
                return new Progress(offset + stored.size(), null);
            }
            return complete(upload, chunk);
        }
    }

    /**
     * Records a durable chunk and, for the last one, the clip it completed, in one transaction: an upload at
     * its full offset always names its clip.
     */
    private void record(TusUpload upload, Chunk chunk, Received completed) throws IOException {
        boolean recorded = Boolean.TRUE.equals(tx.execute(status -> {
            if (!records.advance(upload.id(), chunk.offset(), chunk, clock.instant())) {
                return false;
            }
            if (completed != null) {
                records.completed(upload.id(), completed.clipId().value(), completed.status().name());
            }
            return true;
        }));
        if (!recorded) {
            chunks.delete(BlobKey.of(chunk.blobKey()));
            throw new OffsetConflictException(chunk.offset(), records.find(upload.id()).map(TusUpload::offset).orElse(-1L));
        }
    }

    private Progress complete(TusUpload upload, Chunk last) throws IOException {
        List<BlobKey> keys = new ArrayList<>();
        records.chunks(upload.id()).forEach(chunk -> keys.add(BlobKey.of(chunk.blobKey())));
        keys.add(BlobKey.of(last.blobKey()));
        Received received;
        try (InputStream all = chunks.concatenated(keys)) {
            received = ingest.receive(UploadMetadata.toUpload(upload.id(), upload.metadata()), all, upload.length());
        } catch (IOException | RuntimeException e) {
            chunks.delete(BlobKey.of(last.blobKey()));
            throw e;
        }
        record(upload, last, received);
        chunks.deleteAll(upload.id());
        return new Progress(upload.length(), received);
    }

    void terminate(TusUpload upload) throws IOException {
        tx.executeWithoutResult(status -> {
            records.delete(upload.id());
            audit.record(AuditEvent.succeeded("upload.terminated", "upload", upload.id()).with("protocol", "tus")
                    .with("offset", upload.offset()));
        });
        chunks.deleteAll(upload.id());
    }
}
