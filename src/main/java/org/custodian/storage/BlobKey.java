package org.custodian.storage;

import org.custodian.shared.InvalidValueException;

/**
 * Where a blob lives in a store, such as {@code clips/2026/11/23/<uuid>}. The rules make one key mean the
 * same object on every adapter: lower case only (some filesystems ignore case), no {@code ..} and no
 * leading or doubled {@code /} (so a key can never name a path outside the store's root), and segments
 * short enough to be file names. On a filesystem a key cannot also be the folder of another key
 * ({@code a/b} and {@code a/b/c}); dated layouts never do that.
 */
public record BlobKey(String value) {

    public static final int MAX_LENGTH = 512;
    /** The longest file name most filesystems allow (NAME_MAX). */
    static final int MAX_SEGMENT_LENGTH = 255;

    public BlobKey {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    public static BlobKey of(String value) {
        return new BlobKey(value);
    }

    static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    /** A listing prefix follows the key rules except that it may be empty or end part-way or at a {@code /}. */
    static String requireValidPrefix(String prefix) {
        if (prefix == null) {
            throw new InvalidValueException("A blob key prefix is required (use \"\" to list everything)");
        }
        String problem = prefix.isEmpty() ? null : commonProblem("Blob key prefix", prefix);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
        return prefix;
    }

    private static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "A blob key is required";
        }
        String problem = commonProblem("Blob key", value);
        if (problem != null) {
            return problem;
        }
        for (String segment : value.split("/", -1)) {
            if (segment.isEmpty()) {
                return "Blob key " + quote(value) + " has an empty segment (a doubled or trailing /)";
            }
            if (segment.equals(".")) {
                return "Blob key " + quote(value) + " has a '.' segment";
            }
            if (segment.length() > MAX_SEGMENT_LENGTH) {
                return "Blob key " + quote(value) + " has a segment longer than " + MAX_SEGMENT_LENGTH
                        + " characters";
            }
        }
        return null;
    }

    private static String commonProblem(String what, String value) {
        if (value.length() > MAX_LENGTH) {
            return what + " is " + value.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isAllowed(c)) {
                return what + " " + quote(value) + " contains '" + c + "'; only a-z, 0-9 and . _ / - are allowed";
            }
        }
        if (value.startsWith("/")) {
            return what + " " + quote(value) + " must not start with /";
        }
        if (value.contains("..")) {
            return what + " " + quote(value) + " must not contain ..";
        }
        if (value.contains("//")) {
            return what + " " + quote(value) + " has an empty segment (a doubled /)";
        }
        return null;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '/' || c == '-';
    }

    private static String quote(String value) {
        return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
    }

    @Override
    public String toString() {
        return value;
    }
}
