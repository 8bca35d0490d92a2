package io.edito.publish.x;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OAuth 1.0a request signing (RFC 5849, HMAC-SHA1), as X takes it for a user's own keys: the signature base string
 * is the method, the base URI (scheme and host lower case, default port dropped, no query) and the sorted,
 * percent-encoded parameters of the query, of an {@code application/x-www-form-urlencoded} body and the
 * {@code oauth_*} protocol parameters; a JSON or multipart body is not part of it. Pure: the nonce and timestamp are
 * given, so the published examples can be checked.
 */
public final class OAuth1Signer {
    /** The four keys of an X app and of the user's access token. */
    public record Keys(String consumerKey, String consumerSecret, String token, String tokenSecret) {
        @Override
        public String toString() {
            return "Keys[hidden]";
        }
    }

    private OAuth1Signer() {
    }

    /**
     * The {@code Authorization} header value for one request.
     *
     * @param form the parameters of a form-encoded body (empty for a JSON or multipart body, or no body)
     */
    public static String authorization(Keys keys, String method, URI uri, Map<String, String> form, String nonce,
            long timestamp) {
        Map<String, String> oauth = protocolParameters(keys, nonce, timestamp);
        List<String[]> all = new ArrayList<>();
        oauth.forEach((k, v) -> all.add(new String[] {k, v}));
        all.addAll(queryParameters(uri));
        form.forEach((k, v) -> all.add(new String[] {k, v}));
        String signature = signature(baseString(method, uri, all), keys.consumerSecret(), keys.tokenSecret());
        StringBuilder h = new StringBuilder("OAuth ");
        oauth.put("oauth_signature", signature);
        String sep = "";
        for (Map.Entry<String, String> e : oauth.entrySet()) {
            h.append(sep).append(encode(e.getKey())).append("=\"").append(encode(e.getValue())).append('"');
            sep = ", ";
        }
        return h.toString();
    }

    /** The {@code oauth_*} parameters X expects, in the order the header lists them (signature not included). */
    static Map<String, String> protocolParameters(Keys keys, String nonce, long timestamp) {
        Map<String, String> oauth = new LinkedHashMap<>();
        oauth.put("oauth_consumer_key", keys.consumerKey());
        oauth.put("oauth_nonce", nonce);
        oauth.put("oauth_signature_method", "HMAC-SHA1");
        oauth.put("oauth_timestamp", Long.toString(timestamp));
        oauth.put("oauth_token", keys.token());
        oauth.put("oauth_version", "1.0");
        return oauth;
    }

    /** RFC 5849 3.4.1: {@code METHOD&encoded(base URI)&encoded(normalized parameters)}. */
    static String baseString(String method, URI uri, List<String[]> parameters) {
        List<String[]> encoded = new ArrayList<>();
        for (String[] p : parameters) {
            encoded.add(new String[] {encode(p[0]), encode(p[1])});
        }
        encoded.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder norm = new StringBuilder();
        for (String[] p : encoded) {
            if (norm.length() > 0) {
                norm.append('&');
            }
            norm.append(p[0]).append('=').append(p[1]);
        }
        return method.toUpperCase(Locale.ROOT) + "&" + encode(baseUri(uri)) + "&" + encode(norm.toString());
    }

    /** RFC 5849 3.4.1.2. */
    static String baseUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }

    /** The query's parameters, decoded as a form ({@code +} is a space) so that they are encoded once again. */
    static List<String[]> queryParameters(URI uri) {
        List<String[]> out = new ArrayList<>();
        String q = uri.getRawQuery();
        if (q == null || q.isEmpty()) {
            return out;
        }
        for (String kv : q.split("&")) {
            if (kv.isEmpty()) {
                continue;
            }
            int eq = kv.indexOf('=');
            String k = eq < 0 ? kv : kv.substring(0, eq);
            String v = eq < 0 ? "" : kv.substring(eq + 1);
            out.add(new String[] {URLDecoder.decode(k, StandardCharsets.UTF_8),
                    URLDecoder.decode(v, StandardCharsets.UTF_8)});
        }
        return out;
    }

    /** RFC 5849 3.4.2: base64 of HMAC-SHA1 keyed with {@code encoded(consumer secret)&encoded(token secret)}. */
    static String signature(String baseString, String consumerSecret, String tokenSecret) {
        String key = encode(consumerSecret) + "&" + encode(tokenSecret == null ? "" : tokenSecret);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }

    /** RFC 5849 3.6 (RFC 3986 unreserved characters kept, every other UTF-8 byte as %XX in capitals). */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
