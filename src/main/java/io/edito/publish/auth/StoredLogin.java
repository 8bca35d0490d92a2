package io.edito.publish.auth;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code edito login CHANNEL} saved for a channel, as lines {@code edito.login.CHANNEL.FIELD=value} of the
 * credentials file.
 *
 * @param network          the publish type it was made for (x, linkedin, ...)
 * @param accessToken      the bearer token
 * @param refreshToken     null when the network gave none
 * @param expiresAt        null when the network tells no expiry (a Facebook Page token)
 * @param refreshExpiresAt null when unknown
 * @param issuedAt         when the access token was obtained (Instagram and Threads refresh only tokens a day old)
 * @param scopes           what the token may do, as the network told it (or as asked)
 * @param owner            the account the token acts for (a user name, an id), or null
 */
public record StoredLogin(String network, String accessToken, String refreshToken, Instant expiresAt,
                          Instant refreshExpiresAt, Instant issuedAt, String scopes, String owner) {

    public static final String PREFIX = "edito.login.";
    private static final String[] FIELDS = {"network", "access_token", "refresh_token", "expires_at",
        "refresh_expires_at", "issued_at", "scopes", "owner"};

    /** The variable's name of {@code field} for {@code channel}. */
    public static String key(String channel, String field) {
        return PREFIX + channel + "." + field;
    }

    /** The login saved for {@code channel} in {@code values}, if any (an access token is needed). */
    public static Optional<StoredLogin> from(Map<String, String> values, String channel) {
        String token = blankToNull(values.get(key(channel, "access_token")));
        if (token == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredLogin(blankToNull(values.get(key(channel, "network"))), token,
                blankToNull(values.get(key(channel, "refresh_token"))), instant(values.get(key(channel, "expires_at"))),
                instant(values.get(key(channel, "refresh_expires_at"))), instant(values.get(key(channel, "issued_at"))),
                blankToNull(values.get(key(channel, "scopes"))), blankToNull(values.get(key(channel, "owner")))));
    }

    /** The lines to write for {@code channel} (absent fields removed). */
    public Map<String, String> lines(String channel) {
        Object[] v = {network, accessToken, refreshToken, expiresAt, refreshExpiresAt, issuedAt, scopes, owner};
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.length; i++) {
            Object value = v[i] instanceof Instant t ? t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : v[i];
            out.put(key(channel, FIELDS[i]), value == null ? null : value.toString());
        }
        return out;
    }

    /** The same login with a renewed access token (and refresh token when the network rotated it). */
    public StoredLogin renewed(String newAccess, String newRefresh, Instant newExpiry, Instant newRefreshExpiry,
                               Instant now) {
        return new StoredLogin(network, newAccess, newRefresh != null ? newRefresh : refreshToken, newExpiry,
                newRefreshExpiry != null ? newRefreshExpiry : refreshExpiresAt, now, scopes, owner);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
