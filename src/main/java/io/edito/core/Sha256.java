package io.edito.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex: content hashes, idempotency keys, stable ids (one place for it). */
public final class Sha256 {
    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The hash of {@code s} in UTF-8. */
    public static String hex(String s) {
        return hex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The first 128 bits of the hash of {@code s} (32 hex digits): an id that need not be a full hash. */
    public static String hex128(String s) {
        return hex(s).substring(0, 32);
    }
}
