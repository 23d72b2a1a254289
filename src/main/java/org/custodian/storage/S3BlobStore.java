package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;
import java.util.Collection;
import java.util.List;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;

/**
 * Keeps each blob as an object named by its key in one bucket of S3 or an S3-compatible store. S3 makes
 * an object visible only once its PUT or multipart upload completes, and stores it redundantly, which is
 * what makes a completed put durable. Closing the store closes its client.
 */
public final class S3BlobStore implements BlobStore, AutoCloseable {

    /** The most keys one DeleteObjects request takes. */
    private static final int DELETE_BATCH = 1000;

    /** 8 MiB parts: memory per running put stays small, and unknown lengths up to 78 GiB still fit. */
    public static final int DEFAULT_PART_SIZE = 8 << 20;

    private final S3Client s3;
    private final String bucket;
    private final int partSize;

    public S3BlobStore(S3Client s3, String bucket) {
        this(s3, bucket, DEFAULT_PART_SIZE);
    }

    public S3BlobStore(S3Client s3, String bucket, int partSize) {
        if (partSize < S3Upload.MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 parts must be at least 5 MiB, not " + partSize + " bytes");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    @Override
    public StoredBlob put(BlobKey key, InputStream content, long expectedLength) throws IOException {
        return new S3Upload(s3, bucket, key).put(content, expectedLength, partSize);
    }

    @Override
    public InputStream open(BlobKey key) throws IOException {
        return get(key, GetObjectRequest.builder().bucket(bucket).key(key.value()).build(), 0);
    }

    @Override
    public InputStream openRange(BlobKey key, long offset, long length) throws IOException {
        StoreArguments.requireValidRange(offset, length);
        if (length == 0) {
            // HTTP cannot ask for zero bytes; check the offset against the size instead.
            if (offset > size(key)) {
                throw new RangeNotSatisfiableException(key, offset);
            }
            return InputStream.nullInputStream();
        }
        // An open-ended range when the last byte would not fit a long ("read to the end").
        String last = length > Long.MAX_VALUE - offset ? "" : String.valueOf(offset + length - 1);
        String range = "bytes=" + offset + "-" + last;
        return get(key, GetObjectRequest.builder().bucket(bucket).key(key.value()).range(range).build(), offset);
    }

    @Override
    public long size(BlobKey key) throws IOException {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key.value())).contentLength();
        } catch (SdkException e) {
            if (S3Failures.isMissingObject(e)) {
                throw new BlobNotFoundException(key);
            }
            throw S3Failures.io("read the size of " + key, e);
        }
    }

    @Override
    public boolean exists(BlobKey key) throws IOException {
        try {
            size(key);
            return true;
        } catch (BlobNotFoundException e) {
            return false;
        }
    }

    /** S3 deletes without saying whether the object was there, so this asks first. */
    @Override
    public int removeAbandonedWrites(java.time.Instant startedBefore) throws IOException {
        int removed = 0;
        try {
            var uploads = s3.listMultipartUploadsPaginator(b -> b.bucket(bucket)).uploads();
            for (var upload : uploads) {
                if (upload.initiated() != null && upload.initiated().isBefore(startedBefore)) {
                    s3.abortMultipartUpload(b -> b.bucket(bucket).key(upload.key()).uploadId(upload.uploadId()));
                    removed++;
                }
            }
        } catch (software.amazon.awssdk.core.exception.SdkException e) {
            throw new IOException("Cannot list or abort unfinished uploads in bucket " + bucket + ": " + e.getMessage(), e);
        }
        return removed;
    }

    @Override
    public boolean delete(BlobKey key) throws IOException {
        if (!exists(key)) {
            return false;
        }
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key.value()));
            return true;
        } catch (SdkException e) {
            throw S3Failures.io("delete " + key, e);
        }
    }

    /** DeleteObjects, up to 1,000 keys a request; S3 reports keys that were not there as deleted. */
    @Override
    public void deleteAll(Collection<BlobKey> keys) throws IOException {
        List<BlobKey> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += DELETE_BATCH) {
            var ids = all.subList(from, Math.min(all.size(), from + DELETE_BATCH)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k.value()).build())
                    .toList();
            DeleteObjectsResponse response;
            try {
                response = s3.deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(ids).quiet(true)));
            } catch (SdkException e) {
                throw S3Failures.io("delete " + ids.size() + " objects from " + bucket, e);
            }
            if (response.hasErrors() && !response.errors().isEmpty()) {
                var first = response.errors().get(0);
                throw new IOException("Bucket " + bucket + " refused to delete " + response.errors().size()
                        + " of " + ids.size() + " objects, first " + first.key() + ": " + first.code() + " "
                        + first.message());
            }
        }
    }

    @Override
    public Stream<BlobKey> list(String prefix) {
        String validPrefix = BlobKey.requireValidPrefix(prefix);
        var objects = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(validPrefix)).contents().iterator();
        var keys = Spliterators.spliteratorUnknownSize(S3Failures.unchecked("list " + bucket, objects),
                Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(keys, false).map(S3Object::key).filter(BlobKey::isValid).map(BlobKey::new);
    }

    @Override
    public OptionalLong usableSpace() {
        return OptionalLong.empty();
    }

    @Override
    public void checkAvailable() throws IOException {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            throw S3Failures.io("reach bucket " + bucket, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "s3 bucket " + bucket + " at " + s3.serviceClientConfiguration().endpointOverride()
                .map(Object::toString).orElse("AWS " + s3.serviceClientConfiguration().region());
    }

    private InputStream get(BlobKey key, GetObjectRequest request, long offset) throws IOException {
        try {
            return s3.getObject(request);
        } catch (SdkException e) {
            if (S3Failures.isMissingObject(e)) {
                throw new BlobNotFoundException(key);
            }
            if (S3Failures.isRangeNotSatisfiable(e)) {
                throw new RangeNotSatisfiableException(key, offset);
            }
            throw S3Failures.io("read " + key, e);
        }
    }
}
