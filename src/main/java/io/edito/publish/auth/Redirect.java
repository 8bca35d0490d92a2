package io.edito.publish.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the network sent back to the redirect URL: a code, or an error; the {@code state} checked against the one
 * sent. Made from the loopback request, or from what the user pasted (the whole URL, or the code alone).
 */
public record Redirect(String code, String state) {

    /**
     * The code of a redirect URL's query ({@code ?code=..&state=..}); an {@code error=} is a refusal. The state is
     * judged first: a redirect not made for this login, a refusal included, is refused as such.
     *
     * @param sent          the state edito sent
     * @param stateRequired whether a query without a state is refused (the loopback: always one)
     */
    public static Redirect ofQuery(String rawQuery, String sent, boolean stateRequired) throws LoginException {
        Map<String, String> q = query(rawQuery);
        String state = q.get("state");
        if (state == null ? stateRequired : !state.equals(sent)) {
            throw new LoginException("the redirect's state does not match the one edito sent: refused (an old "
                    + "browser tab, or a redirect not made for this login); run edito login again");
        }
        if (q.containsKey("error")) {
            String d = q.get("error_description") != null ? q.get("error_description") : q.get("error_reason");
            throw new LoginException("the network refused the login: " + q.get("error") + (d == null ? "" : " (" + d + ")"));
        }
        String code = q.get("code");
        if (code == null || code.isBlank()) {
            throw new LoginException("the redirect has no code= parameter");
        }
        // Meta appends #_ to the redirect; a pasted URL may keep it
        code = code.endsWith("#_") ? code.substring(0, code.length() - 2) : code;
        return new Redirect(code, state);
    }

    /** What the user pasted: the URL the browser landed on (its state judged against {@code sent}), or the code alone. */
    public static Redirect ofPasted(String pasted, String sent) throws LoginException {
        String p = pasted == null ? "" : pasted.strip();
        if (p.isEmpty()) {
            throw new LoginException("nothing was pasted");
        }
        int qm = p.indexOf('?');
        if (p.contains("code=") || p.contains("error=")) {
            String query = qm >= 0 ? p.substring(qm + 1) : p;
            int hash = query.indexOf('#');
            return ofQuery(hash >= 0 ? query.substring(0, hash) : query, sent, false);
        }
        if (p.contains("://")) {
            throw new LoginException("the pasted URL has no code= parameter");
        }
        return new Redirect(p.endsWith("#_") ? p.substring(0, p.length() - 2) : p, null);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = eq < 0 ? part : part.substring(0, eq);
            String v = eq < 0 ? "" : part.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    /** Whether {@code uri} is plain http to this machine (edito can listen there). */
    public static boolean isLoopback(URI uri) {
        String h = uri.getHost();
        return "http".equalsIgnoreCase(uri.getScheme()) && h != null
                && (h.equals("127.0.0.1") || h.equals("localhost") || h.equals("[::1]"));
    }
}
