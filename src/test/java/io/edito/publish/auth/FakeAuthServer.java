package io.edito.publish.auth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An authorization server on 127.0.0.1 for the login tests, with the networks' own paths and error shapes:
 * <ul>
 * <li>X: {@code GET /i/oauth2/authorize} (redirects to the redirect URI with code and state; PKCE S256 required),
 * {@code POST /2/oauth2/token} (code with {@code code_verifier} checked against the challenge and the client id;
 * {@code refresh_token} grants rotate: the refresh token used dies, a reused one is refused with X's
 * {@code {"error":"invalid_request","error_description":"Value passed for the token was invalid."}}), {@code GET
 * /2/users/me};</li>
 * <li>Instagram: {@code GET /oauth/authorize}, {@code POST /oauth/access_token} (code for a short-lived token),
 * {@code GET /access_token?grant_type=ig_exchange_token}, {@code GET /refresh_access_token?grant_type=ig_refresh_token};
 * errors in Meta's {@code {"error":{"message","type","code"}}};</li>
 * <li>TikTok: {@code GET /v2/auth/authorize/} ({@code client_key}, PKCE with the challenge in hex as Login Kit for
 * Desktop asks), {@code POST /v2/oauth/token/} (form {@code client_key}, {@code client_secret}; the verifier checked
 * against the hex challenge; refresh tokens rotate), errors {@code {"error","error_description","log_id"}};</li>
 * <li>Facebook: {@code GET /v27.0/dialog/oauth}, {@code GET /v27.0/oauth/access_token} (code, then
 * {@code fb_exchange_token}), {@code GET /v27.0/{page-id}?fields=access_token,name}.</li>
 * </ul>
 */
final class FakeAuthServer implements AutoCloseable {
    static final String CLIENT_ID = "client-1";
    static final String CLIENT_SECRET = "secret-1";
    static final String PAGE_ID = "100000000000000";

    private record Grant(String clientId, String redirect, String challenge, String scope) {
    }

    private final HttpServer server;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Set<String> liveRefresh = ConcurrentHashMap.newKeySet();
    private final Set<String> liveAccess = ConcurrentHashMap.newKeySet();
    private final AtomicInteger serial = new AtomicInteger();
    final AtomicInteger refreshes = new AtomicInteger();
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    volatile long expiresIn = 7200;

    FakeAuthServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 20);
        server.createContext("/", this::handle);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A refresh token the server accepts (as if issued earlier), for tests that start from a saved login. */
    String issueRefresh() {
        String r = "rt-" + serial.incrementAndGet() + "-" + "x".repeat(8);
        liveRefresh.add(r);
        return r;
    }

    boolean isLive(String access) {
        return liveAccess.contains(access);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = form(ex.getRequestURI().getRawQuery());
        Map<String, String> body = "POST".equals(ex.getRequestMethod())
                ? form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)) : Map.of();
        log.add(ex.getRequestMethod() + " " + path);
        try {
            switch (path) {
                case "/i/oauth2/authorize", "/oauth/authorize", "/v27.0/dialog/oauth" -> authorize(ex, q, path);
                case "/2/oauth2/token" -> xToken(ex, body);
                case "/v2/auth/authorize/" -> tiktokAuthorize(ex, q);
                case "/v2/oauth/token/" -> tiktokToken(ex, body);
                case "/2/users/me" -> {
                    String auth = ex.getRequestHeaders().getFirst("Authorization");
                    if (auth == null || !liveAccess.contains(auth.substring("Bearer ".length()))) {
                        send(ex, 401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
                                + "\"detail\":\"Unauthorized\"}");
                    } else {
                        send(ex, 200, "{\"data\":{\"id\":\"2244994945\",\"name\":\"Atlas Air\",\"username\":\"atlasair\"}}");
                    }
                }
                case "/oauth/access_token" -> igCode(ex, body);
                case "/access_token" -> metaExchange(ex, q, "ig_exchange_token");
                case "/refresh_access_token" -> igRefresh(ex, q);
                case "/v27.0/oauth/access_token" -> fbToken(ex, q);
                case "/v27.0/" + PAGE_ID -> {
                    if (!liveAccess.contains(q.get("access_token")) || !"access_token,name".equals(q.get("fields"))) {
                        metaError(ex, 190, "Invalid OAuth access token.");
                    } else {
                        send(ex, 200, "{\"access_token\":\"" + access("page") + "\",\"name\":\"Atlas Air\",\"id\":\""
                                + PAGE_ID + "\"}");
                    }
                }
                default -> send(ex, 404, "{\"error\":\"not_found\"}");
            }
        } catch (RuntimeException e) {
            send(ex, 500, "{\"error\":\"" + e + "\"}");
        }
    }

    private void authorize(HttpExchange ex, Map<String, String> q, String path) throws IOException {
        boolean x = path.startsWith("/i/");
        if (!CLIENT_ID.equals(q.get("client_id")) || !"code".equals(q.get("response_type"))
                || q.get("redirect_uri") == null || q.get("state") == null || q.get("scope") == null) {
            send(ex, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        if (x && (!"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null)) {
            send(ex, 400, "{\"error\":\"invalid_request\",\"error_description\":\"PKCE S256 required\"}");
            return;
        }
        String code = "code-" + serial.incrementAndGet();
        codes.put(code, new Grant(q.get("client_id"), q.get("redirect_uri"), q.get("code_challenge"), q.get("scope")));
        String sep = q.get("redirect_uri").contains("?") ? "&" : "?";
        ex.getResponseHeaders().set("Location", q.get("redirect_uri") + sep + "code=" + code + "&state="
                + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8) + (x ? "" : "#_"));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void tiktokAuthorize(HttpExchange ex, Map<String, String> q) throws IOException {
        String challenge = q.get("code_challenge");
        if (!CLIENT_ID.equals(q.get("client_key")) || q.containsKey("client_id") || !"code".equals(q.get("response_type"))
                || q.get("redirect_uri") == null || q.get("state") == null || q.get("scope") == null
                || !"S256".equals(q.get("code_challenge_method")) || challenge == null
                || !challenge.matches("[0-9a-f]{64}")) {
            send(ex, 400, "{\"error\":\"invalid_request\",\"error_description\":\"client_key, scope, redirect_uri, "
                    + "state and a hex code_challenge are required\",\"log_id\":\"20261204A1\"}");
            return;
        }
        String code = "code-" + serial.incrementAndGet();
        codes.put(code, new Grant(CLIENT_ID, q.get("redirect_uri"), challenge, q.get("scope")));
        ex.getResponseHeaders().set("Location", q.get("redirect_uri") + "?code=" + code + "&scopes="
                + java.net.URLEncoder.encode(q.get("scope"), StandardCharsets.UTF_8) + "&state="
                + java.net.URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void tiktokToken(HttpExchange ex, Map<String, String> f) throws IOException {
        if (!CLIENT_ID.equals(f.get("client_key")) || !CLIENT_SECRET.equals(f.get("client_secret"))) {
            send(ex, 401, "{\"error\":\"invalid_client\",\"error_description\":\"Client key or secret is "
                    + "incorrect.\",\"log_id\":\"20261204A2\"}");
            return;
        }
        String scope;
        if ("authorization_code".equals(f.get("grant_type"))) {
            Grant g = codes.remove(f.get("code"));
            String verifier = f.get("code_verifier");
            if (g == null || verifier == null || !Pkce.hexChallenge(verifier).equals(g.challenge())
                    || !g.redirect().equals(f.get("redirect_uri"))) {
                log.add("pkce refused");
                send(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Code verifier or code "
                        + "challenge is invalid.\",\"log_id\":\"20261204A3\"}");
                return;
            }
            log.add("pkce verified");
            scope = g.scope();
        } else if ("refresh_token".equals(f.get("grant_type"))) {
            refreshes.incrementAndGet();
            if (!liveRefresh.remove(f.get("refresh_token"))) {
                send(ex, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Refresh token is invalid or "
                        + "expired.\",\"log_id\":\"20261204A4\"}");
                return;
            }
            scope = "user.info.basic,video.publish";
        } else {
            send(ex, 400, "{\"error\":\"unsupported_grant_type\",\"log_id\":\"20261204A5\"}");
            return;
        }
        send(ex, 200, "{\"access_token\":\"" + access("act") + "\",\"expires_in\":" + expiresIn
                + ",\"open_id\":\"_000ABCdefOpenId\",\"refresh_expires_in\":31536000,\"refresh_token\":\""
                + issueRefresh() + "\",\"scope\":\"" + scope + "\",\"token_type\":\"Bearer\"}");
    }

    private void xToken(HttpExchange ex, Map<String, String> f) throws IOException {
        String client = f.get("client_id");
        String basic = ex.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.startsWith("Basic ")) {
            String idSecret = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            client = idSecret.equals(CLIENT_ID + ":" + CLIENT_SECRET) ? CLIENT_ID : "wrong";
        }
        if (!CLIENT_ID.equals(client)) {
            send(ex, 401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}");
            return;
        }
        if ("authorization_code".equals(f.get("grant_type"))) {
            Grant g = codes.remove(f.get("code"));
            String verifier = f.get("code_verifier");
            if (g == null || verifier == null || !Pkce.challenge(verifier).equals(g.challenge())
                    || !g.redirect().equals(f.get("redirect_uri"))) {
                log.add("pkce refused");
                send(ex, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the "
                        + "authorization code was invalid.\"}");
                return;
            }
            log.add("pkce verified");
            issue(ex, g.scope());
        } else if ("refresh_token".equals(f.get("grant_type"))) {
            refreshes.incrementAndGet();
            if (!liveRefresh.remove(f.get("refresh_token"))) {
                send(ex, 400, "{\"error\":\"invalid_request\",\"error_description\":\"Value passed for the token was "
                        + "invalid.\"}");
                return;
            }
            issue(ex, "tweet.read tweet.write users.read media.write offline.access");
        } else {
            send(ex, 400, "{\"error\":\"unsupported_grant_type\"}");
        }
    }

    private void issue(HttpExchange ex, String scope) throws IOException {
        String refresh = issueRefresh();
        send(ex, 200, "{\"token_type\":\"bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\"" + access("at")
                + "\",\"scope\":\"" + scope + "\",\"refresh_token\":\"" + refresh + "\"}");
    }

    private String access(String kind) {
        String a = kind + "-" + serial.incrementAndGet() + "-" + "y".repeat(8);
        liveAccess.add(a);
        return a;
    }

    private void igCode(HttpExchange ex, Map<String, String> f) throws IOException {
        Grant g = codes.remove(f.get("code"));
        if (g == null || !CLIENT_ID.equals(f.get("client_id")) || !CLIENT_SECRET.equals(f.get("client_secret"))
                || !"authorization_code".equals(f.get("grant_type")) || !g.redirect().equals(f.get("redirect_uri"))) {
            send(ex, 400, "{\"error_type\":\"OAuthException\",\"code\":400,\"error_message\":\"Invalid authorization "
                    + "code\"}");
            return;
        }
        send(ex, 200, "{\"data\":[{\"access_token\":\"" + access("short") + "\",\"user_id\":\"17841400000000000\","
                + "\"permissions\":\"instagram_business_basic,instagram_business_content_publish\"}]}");
    }

    private void metaExchange(HttpExchange ex, Map<String, String> q, String grant) throws IOException {
        if (!grant.equals(q.get("grant_type")) || !CLIENT_SECRET.equals(q.get("client_secret"))
                || !liveAccess.remove(q.get("access_token"))) {
            metaError(ex, 190, "Invalid OAuth access token.");
            return;
        }
        send(ex, 200, "{\"access_token\":\"" + access("long") + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}");
    }

    private void igRefresh(HttpExchange ex, Map<String, String> q) throws IOException {
        refreshes.incrementAndGet();
        if (!"ig_refresh_token".equals(q.get("grant_type")) || !liveAccess.remove(q.get("access_token"))) {
            metaError(ex, 190, "Invalid OAuth access token.");
            return;
        }
        send(ex, 200, "{\"access_token\":\"" + access("long") + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}");
    }

    private void fbToken(HttpExchange ex, Map<String, String> q) throws IOException {
        if (!CLIENT_ID.equals(q.get("client_id")) || !CLIENT_SECRET.equals(q.get("client_secret"))) {
            metaError(ex, 101, "Error validating application.");
            return;
        }
        if ("fb_exchange_token".equals(q.get("grant_type"))) {
            if (!liveAccess.remove(q.get("fb_exchange_token"))) {
                metaError(ex, 190, "Invalid OAuth access token.");
                return;
            }
            send(ex, 200, "{\"access_token\":\"" + access("user-long") + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
            return;
        }
        Grant g = codes.remove(q.get("code"));
        if (g == null || !g.redirect().equals(q.get("redirect_uri"))) {
            metaError(ex, 100, "Invalid verification code format.");
            return;
        }
        send(ex, 200, "{\"access_token\":\"" + access("user") + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}");
    }

    private static void metaError(HttpExchange ex, int code, String message) throws IOException {
        send(ex, 400, "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"fbtrace_id\":\"AbC\"}}");
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(b);
        }
    }

    static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
