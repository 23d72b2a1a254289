package org.custodian.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Turns the SDK's unchecked exceptions into the IOExceptions callers of a BlobStore handle. */
final class S3Failures {

    private S3Failures() {
    }

    static IOException io(String action, SdkException e) {
        return new IOException("S3 could not " + action + ": " + e.getMessage(), e);
    }

    static boolean isNotFound(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 404;
    }

    /** A missing bucket is a fault of the store, not an answer about one key. */
    static boolean isMissingObject(SdkException e) {
        return isNotFound(e) && !(e instanceof NoSuchBucketException);
    }

    static boolean isRangeNotSatisfiable(SdkException e) {
        return e instanceof S3Exception s3 && s3.statusCode() == 416;
    }

    /** Pages of a listing are fetched while the caller iterates; failures then surface unchecked. */
    static <T> Iterator<T> unchecked(String action, Iterator<T> iterator) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return iterator.hasNext();
                } catch (SdkException e) {
                    throw new UncheckedIOException(io(action, e));
                }
            }

            @Override
            public T next() {
                try {
                    return iterator.next();
                } catch (SdkException e) {
                    throw new UncheckedIOException(io(action, e));
                }
            }
        };
    }
}
