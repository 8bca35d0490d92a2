package io.edito.publish.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Proof Key for Code Exchange (RFC 7636), S256 only, and the {@code state} of a login. */
public final class Pkce {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pkce() {
    }

    /** A random string of URL-safe characters: 32 random bytes give 43 characters (a verifier's minimum). */
    public static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** {@code BASE64URL(SHA256(ASCII(verifier)))}, without padding. */
    public static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    /**
     * The challenge TikTok's Login Kit for Desktop asks for: the SHA-256 of the verifier in lowercase hex ("You must
     * use hex encoding of SHA256 to generate the code challenge"), not RFC 7636's base64url.
     */
    public static String hexChallenge(String verifier) {
        return io.edito.core.Sha256.hex(verifier);
    }

    /** The challenge {@code net} checks the verifier against. */
    static String challengeFor(AuthNetwork net, String verifier) {
        return net == AuthNetwork.TIKTOK ? hexChallenge(verifier) : challenge(verifier);
    }

    private static byte[] sha256(String verifier) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
