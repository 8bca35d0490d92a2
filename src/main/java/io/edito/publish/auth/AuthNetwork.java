package io.edito.publish.auth;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * How one network lets a command-line tool log in, as its documentation says (docs/publishing.md, "Logging in").
 *
 * @param type          the publish type
 * @param authorize     the authorization page
 * @param token         the token endpoint the code is exchanged at
 * @param exchange      the endpoint that makes a short-lived token long-lived (Meta), or null
 * @param refresh       the endpoint that renews a token, or null (then {@link #token} with a refresh token)
 * @param owner         what to read the token's owner from, or null
 * @param scopes        the scopes asked for
 * @param separator     how the scopes are joined in the authorization URL
 * @param pkce          whether the code is bound with PKCE (S256)
 * @param kind          how tokens are renewed
 * @param exchangeGrant the {@code grant_type} of {@link #exchange} and {@link #refresh} (Meta), or null
 * @param loopback      whether the network accepts a plain http loopback redirect (then it is the default)
 */
public record AuthNetwork(String type, String authorize, String token, String exchange, String refresh, String owner,
                          String scopes, String separator, boolean pkce, Renewal kind, String exchangeGrant,
                          String refreshGrant, boolean loopback) {

    /** How a network renews a token. */
    public enum Renewal {
        /** {@code grant_type=refresh_token} at the token endpoint (X: the refresh token rotates). */
        REFRESH_TOKEN,
        /** a GET with the long-lived token itself, once it is a day old (Instagram, Threads). */
        LONG_LIVED,
        /** not renewable: log in again (a Facebook Page token does not expire). */
        NONE
    }

    /** The Graph version of the Facebook login endpoints: the one the Facebook publisher uses. */
    static final String FB_VERSION = "v27.0";
    /** The loopback redirect used when {@code redirect_uri} is not set (register it in the app). */
    public static final String DEFAULT_LOOPBACK = "http://127.0.0.1:8719/callback";

    public static final AuthNetwork X = new AuthNetwork("x", "https://x.com/i/oauth2/authorize",
            "https://api.x.com/2/oauth2/token", null, null, "https://api.x.com/2/users/me",
            "tweet.read tweet.write users.read media.write offline.access", " ", true, Renewal.REFRESH_TOKEN, null,
            null, true);
    public static final AuthNetwork LINKEDIN = new AuthNetwork("linkedin",
            "https://www.linkedin.com/oauth/v2/authorization", "https://www.linkedin.com/oauth/v2/accessToken", null,
            null, "https://api.linkedin.com/v2/userinfo", "openid profile w_member_social", " ", false,
            Renewal.REFRESH_TOKEN, null, null, true);
    public static final AuthNetwork INSTAGRAM = new AuthNetwork("instagram", "https://www.instagram.com/oauth/authorize",
            "https://api.instagram.com/oauth/access_token", "https://graph.instagram.com/access_token",
            "https://graph.instagram.com/refresh_access_token", null,
            "instagram_business_basic,instagram_business_content_publish,instagram_business_manage_comments", ",",
            false, Renewal.LONG_LIVED, "ig_exchange_token", "ig_refresh_token", false);
    public static final AuthNetwork THREADS = new AuthNetwork("threads", "https://threads.com/oauth/authorize",
            "https://graph.threads.net/oauth/access_token", "https://graph.threads.net/access_token",
            "https://graph.threads.net/refresh_access_token", null,
            "threads_basic,threads_content_publish,threads_manage_replies", ",", false, Renewal.LONG_LIVED,
            "th_exchange_token", "th_refresh_token", false);
    public static final AuthNetwork FACEBOOK = new AuthNetwork("facebook",
            "https://www.facebook.com/" + FB_VERSION + "/dialog/oauth",
            "https://graph.facebook.com/" + FB_VERSION + "/oauth/access_token",
            "https://graph.facebook.com/" + FB_VERSION + "/oauth/access_token", null,
            "https://graph.facebook.com/" + FB_VERSION + "/",
            "pages_show_list,pages_manage_posts,pages_read_engagement,pages_manage_engagement", ",", false,
            Renewal.NONE, "fb_exchange_token", null, false);

    /**
     * TikTok's Login Kit for desktop: PKCE on a loopback redirect (localhost or 127.0.0.1 with a port, a wildcard
     * port allowed), the app's key sent as {@code client_key}, the challenge the hex SHA-256 of the verifier (Login
     * Kit for Desktop), refresh tokens that may rotate.
     */
    public static final AuthNetwork TIKTOK = new AuthNetwork("tiktok", "https://www.tiktok.com/v2/auth/authorize/",
            "https://open.tiktokapis.com/v2/oauth/token/", null, null, null, "user.info.basic video.publish", ",", true,
            Renewal.REFRESH_TOKEN, null, null, true);

    private static final Map<String, AuthNetwork> BY_TYPE = Map.of("x", X, "linkedin", LINKEDIN, "instagram",
            INSTAGRAM, "threads", THREADS, "facebook", FACEBOOK, "tiktok", TIKTOK);

    /** The publish types {@code edito login} knows. */
    public static final Set<String> TYPES = BY_TYPE.keySet();

    /** The network of a publish type, or null when edito cannot log in to it. */
    public static AuthNetwork of(String type) {
        return type == null ? null : BY_TYPE.get(type);
    }

    /**
     * {@code official} at {@code authBase} when one is given (scheme, host and port replaced, path kept: tests and
     * proxies), else as it is.
     */
    public static URI at(String official, URI authBase) {
        URI o = URI.create(official);
        if (authBase == null) {
            return o;
        }
        String base = authBase.toString();
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(base + o.getRawPath() + (o.getRawQuery() == null ? "" : "?" + o.getRawQuery()));
    }
}
