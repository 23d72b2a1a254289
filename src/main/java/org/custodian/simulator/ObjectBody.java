package org.custodian.simulator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of one Swift object and their MD5 (the ETag the server checks), sent from a file as a stream
 * or from a small array; a fresh publisher for every attempt, since a retry starts from byte zero.
 */
record ObjectBody(Path file, byte[] bytes, long length, String md5) {

    static final ObjectBody EMPTY = new ObjectBody(null, new byte[0], 0, null);

    static ObjectBody of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md5 = newMd5();
            byte[] buffer = new byte[1 << 20];
            long length = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md5.update(buffer, 0, n);
                length += n;
            }
            return new ObjectBody(file, null, length, HexFormat.of().formatHex(md5.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static ObjectBody of(byte[] bytes) {
        return new ObjectBody(null, bytes, bytes.length, HexFormat.of().formatHex(newMd5().digest(bytes)));
    }

    BodyPublisher publisher() {
        if (file == null) {
            return length == 0 ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(bytes);
        }
        try {
            return BodyPublishers.ofFile(file);
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException("The clip " + file + " disappeared before it was sent", e);
        }
    }

    static MessageDigest newMd5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
