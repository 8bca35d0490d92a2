package io.edito.publish.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.http.Http;
import io.edito.publish.http.JsonBodies;
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** The token requests of one network's login: code for token, short-lived for long-lived, refresh, owner. */
final class OAuthClient {
    /** A token endpoint's answer. Lifetimes in seconds, null when not told. */
    record TokenAnswer(String accessToken, String refreshToken, Long expiresIn, Long refreshExpiresIn, String scope,
                       String userId) {
    }

    private final AuthNetwork net;
    private final URI authBase;
    private final String clientId;
    private final String clientSecret;
    private final Http http;
    private final PublishContext ctx;

    OAuthClient(AuthNetwork net, URI authBase, String clientId, String clientSecret, Http http, PublishContext ctx) {
        this.net = net;
        this.authBase = authBase;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.ctx = ctx;
    }

    URI url(String official) {
        return AuthNetwork.at(official, authBase);
    }

    /** The authorization page's URL for this login. */
    URI authorizeUrl(String redirectUri, String state, String challenge) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put(clientIdName(), clientId);
        q.put("redirect_uri", redirectUri);
        q.put("scope", net.scopes().replace(" ", net.separator()));
        q.put("state", state);
        if (challenge != null) {
            q.put("code_challenge", challenge);
            q.put("code_challenge_method", "S256");
        }
        return URI.create(url(net.authorize()) + "?" + form(q));
    }

    /** The code exchanged for a token (for Meta, a short-lived one). */
    TokenAnswer exchangeCode(String code, String redirectUri, String verifier) throws PublishFailure {
        Map<String, String> f = new LinkedHashMap<>();
        if (net == AuthNetwork.FACEBOOK) {
            f.put("client_id", clientId);
            f.put("redirect_uri", redirectUri);
            f.put("client_secret", clientSecret);
            f.put("code", code);
            return answer(get(url(net.token()), f), "the code exchange");
        }
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("redirect_uri", redirectUri);
        if (verifier != null) {
            f.put("code_verifier", verifier);
        }
        return answer(post(url(net.token()), f), "the code exchange");
    }

    /** A short-lived Meta token made long-lived (60 days for Instagram, Threads and a Facebook user). */
    TokenAnswer longLived(String shortLived) throws PublishFailure {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("grant_type", net.exchangeGrant());
        if (net == AuthNetwork.FACEBOOK) {
            q.put("client_id", clientId);
            q.put("client_secret", clientSecret);
            q.put("fb_exchange_token", shortLived);
        } else {
            q.put("client_secret", clientSecret);
            q.put("access_token", shortLived);
        }
        return answer(get(url(net.exchange()), q), "the long-lived token exchange");
    }

    /** A renewed token: with the refresh token, or (Instagram, Threads) with the long-lived token itself. */
    TokenAnswer refresh(StoredLogin login) throws PublishFailure {
        if (net.kind() == AuthNetwork.Renewal.LONG_LIVED) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("grant_type", net.refreshGrant());
            q.put("access_token", login.accessToken());
            return answer(get(url(net.refresh()), q), "the token refresh");
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "refresh_token");
        f.put("refresh_token", login.refreshToken());
        return answer(post(url(net.token()), f), "the token refresh");
    }

    /** A Facebook Page's token and name, read with a (long-lived) user token. */
    String[] pageToken(String userToken, String pageId) throws PublishFailure {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("fields", "access_token,name");
        q.put("access_token", userToken);
        JsonNode n = json(get(url(net.owner() + pageId), q), "reading the Page's token");
        String token = JsonBodies.text(n, "access_token");
        if (token == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, "Facebook gave no access_token for Page " + pageId
                    + ": the user who logged in must manage that Page (task CREATE_CONTENT) and grant pages_show_list");
        }
        ctx.redactor().register(token);
        return new String[] {token, JsonBodies.text(n, "name")};
    }

    /** Who the token acts for, or null when the network does not say (never fails the login). */
    String owner(String accessToken) {
        if (net.owner() == null || net == AuthNetwork.FACEBOOK) {
            return null;
        }
        try {
            HttpResponse<byte[]> r = http.exchange(http.request(url(net.owner()))
                    .header("Authorization", "Bearer " + accessToken).GET().build(), "GET " + url(net.owner()).getPath(),
                    true);
            JsonNode n = r.statusCode() < 300 ? JsonBodies.tryRead(r.body()) : null;
            if (n == null) {
                return null;
            }
            if (n.has("data")) { // X: {"data":{"id","name","username"}}
                String u = JsonBodies.text(n.get("data"), "username");
                return u == null ? JsonBodies.text(n.get("data"), "id") : "@" + u;
            }
            String name = JsonBodies.text(n, "name"); // LinkedIn userinfo: {"sub","name",...}
            String sub = JsonBodies.text(n, "sub");
            return name != null && sub != null ? name + " (urn:li:person:" + sub + ")" : name != null ? name : sub;
        } catch (PublishFailure e) {
            return null;
        }
    }

    /** What the network calls the app's id in its requests: TikTok's {@code client_key}, everyone else's {@code client_id}. */
    private String clientIdName() {
        return net == AuthNetwork.TIKTOK ? "client_key" : "client_id";
    }

    // ------------------------------------------------------------------------------------------------ HTTP

    private HttpResponse<byte[]> post(URI uri, Map<String, String> form) throws PublishFailure {
        Map<String, String> f = new LinkedHashMap<>(form);
        HttpRequest.Builder b = http.request(uri).header("Content-Type", "application/x-www-form-urlencoded");
        if (net == AuthNetwork.X) {
            if (clientSecret != null) { // a confidential client: HTTP Basic with id and secret
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        Secrets.utf8(clientId + ":" + clientSecret)));
            } else {
                f.put("client_id", clientId);
            }
        } else {
            f.put(clientIdName(), clientId);
            f.put("client_secret", clientSecret);
        }
        HttpRequest req = b.POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(form(f)))).build();
        return http.exchange(req, "POST " + uri.getPath(), false);
    }

    private HttpResponse<byte[]> get(URI uri, Map<String, String> query) throws PublishFailure {
        return http.exchange(http.request(URI.create(uri + "?" + form(query))).GET().build(), "GET " + uri.getPath(),
                true);
    }

    private TokenAnswer answer(HttpResponse<byte[]> r, String what) throws PublishFailure {
        JsonNode n = json(r, what);
        if (n.has("data") && n.get("data").isArray() && n.get("data").size() > 0) {
            n = n.get("data").get(0); // Instagram Login may wrap its answer in data[]
        }
        String access = JsonBodies.text(n, "access_token");
        if (access == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, net.type() + " answered " + what
                    + " without an access_token");
        }
        ctx.redactor().register(access);
        String refresh = JsonBodies.text(n, "refresh_token");
        ctx.redactor().register(refresh);
        String scope = JsonBodies.text(n, "scope");
        if (scope == null && n.has("permissions")) {
            JsonNode p = n.get("permissions");
            scope = p.isArray() ? joined(p) : p.asText();
        }
        Long refreshLife = seconds(n, "refresh_token_expires_in"); // X
        if (refreshLife == null) {
            refreshLife = seconds(n, "refresh_expires_in"); // TikTok
        }
        String user = JsonBodies.text(n, "user_id");
        return new TokenAnswer(access, refresh, seconds(n, "expires_in"), refreshLife, scope,
                user != null ? user : JsonBodies.text(n, "open_id"));
    }

    private JsonNode json(HttpResponse<byte[]> r, String what) throws PublishFailure {
        if (r.statusCode() >= 300) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(net.type() + " refused "
                    + what + ": HTTP " + r.statusCode() + describe(r.body())));
        }
        JsonNode n = JsonBodies.tryRead(r.body());
        if (n == null) {
            throw new PublishFailure(PublishFailure.Kind.REJECTED, net.type() + " answered " + what
                    + " with a body that is not JSON");
        }
        return n;
    }

    /** The network's own error: OAuth's {@code error}/{@code error_description}, or Meta's {@code error.message}. */
    static String describe(byte[] body) {
        JsonNode n = JsonBodies.tryRead(body);
        if (n == null) {
            return Http.excerpt(body);
        }
        JsonNode e = n.get("error");
        if (e != null && e.isObject()) {
            return ": " + JsonBodies.text(e, "message") + (e.has("code") ? " (code " + e.get("code").asText() + ")" : "");
        }
        if (e != null) {
            String d = JsonBodies.text(n, "error_description");
            return ": " + e.asText() + (d == null ? "" : " (" + d + ")");
        }
        String m = JsonBodies.text(n, "error_message");
        return m != null ? ": " + m : Http.excerpt(body);
    }

    private static Long seconds(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !(v.isNumber() || v.asText().matches("\\d+")) ? null : v.asLong();
    }

    private static String joined(JsonNode arr) {
        StringBuilder sb = new StringBuilder();
        arr.forEach(x -> sb.append(sb.length() == 0 ? "" : ",").append(x.asText()));
        return sb.toString();
    }

    static String form(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (v != null) {
                sb.append(sb.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v));
            }
        });
        return sb.toString();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
