package org.custodian.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.custodian.shared.InvalidValueException;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * One put to S3, reading the content through a single part buffer. A blob that fits the buffer goes up in
 * one PUT; a longer one as a multipart upload, which S3 makes visible only when completed and which is
 * aborted on any failure, so neither a partial object nor orphaned parts (still billed) remain. The
 * length is checked before the PUT or the completion, never after. Each request carries Content-MD5, the
 * integrity check every S3-compatible store verifies.
 */
final class S3Upload {

    /** S3's limits: at most 10,000 parts, each at least 5 MiB except the last, objects up to 5 TiB. */
    static final int MAX_PARTS = 10_000;
    static final int MIN_PART_SIZE = 5 << 20;
    private static final long MAX_OBJECT_SIZE = 5L << 40;
    private static final String OCTET_STREAM = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final BlobKey key;

    S3Upload(S3Client s3, String bucket, BlobKey key) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
    }

    StoredBlob put(InputStream content, long expectedLength, int partSize) throws IOException {
        var in = new ExactLengthInputStream(content, key, expectedLength);
        byte[] buffer = new byte[bufferSize(expectedLength, partSize)];
        int filled = in.readNBytes(buffer, 0, buffer.length);
        if (filled < buffer.length) {
            try {
                s3.putObject(b -> b.bucket(bucket).key(key.value()).contentType(OCTET_STREAM)
                        .contentLength((long) filled).contentMD5(md5(buffer, filled)), body(buffer, filled));
            } catch (SdkException e) {
                throw S3Failures.io("store " + key, e);
            }
            return new StoredBlob(key, filled);
        }
        return multipart(in, buffer);
    }

    private StoredBlob multipart(ExactLengthInputStream in, byte[] buffer) throws IOException {
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key.value()).contentType(OCTET_STREAM))
                    .uploadId();
        } catch (SdkException e) {
            throw S3Failures.io("start upload of " + key, e);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            for (int filled = buffer.length; filled > 0; filled = in.readNBytes(buffer, 0, buffer.length)) {
                if (parts.size() == MAX_PARTS) {
                    throw new IOException("Blob " + key + " is longer than S3 takes in " + MAX_PARTS + " parts of "
                            + buffer.length + " bytes; pass its length to put");
                }
                parts.add(uploadPart(uploadId, parts.size() + 1, buffer, filled));
            }
            s3.completeMultipartUpload(b -> b.bucket(bucket).key(key.value()).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            return new StoredBlob(key, in.count());
        } catch (SdkException e) {
            IOException failure = S3Failures.io("upload " + key, e);
            abort(uploadId, failure);
            throw failure;
        } catch (IOException | RuntimeException | Error e) {
            abort(uploadId, e);
            throw e;
        }
    }

    private CompletedPart uploadPart(String uploadId, int number, byte[] buffer, int length) {
        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key.value()).uploadId(uploadId).partNumber(number)
                .contentLength((long) length).contentMD5(md5(buffer, length)), body(buffer, length)).eTag();
        return CompletedPart.builder().partNumber(number).eTag(etag).build();
    }

    private void abort(String uploadId, Throwable failure) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key.value()).uploadId(uploadId));
        } catch (SdkException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A known length gets parts large enough to stay within S3's part count, and a small blob only the
     * buffer it needs (one byte more than announced, so the end of the stream is seen in the first read).
     */
    static int bufferSize(long expectedLength, int partSize) {
        if (expectedLength == BlobStore.UNKNOWN_LENGTH) {
            return partSize;
        }
        if (expectedLength > MAX_OBJECT_SIZE) {
            throw new InvalidValueException(
                    "S3 stores objects of at most 5 TiB, not " + expectedLength + " bytes");
        }
        if (expectedLength < partSize) {
            return (int) expectedLength + 1;
        }
        return (int) Math.max(partSize, (expectedLength + MAX_PARTS - 1) / MAX_PARTS);
    }

    /** Wraps the buffer without copying it; the SDK may ask for the stream again to retry. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                OCTET_STREAM);
    }

    private static String md5(byte[] buffer, int length) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(buffer, 0, length);
            return Base64.getEncoder().encodeToString(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }
}
