package io.edito.publish.auth;

import io.edito.publish.api.PublishContext;
import io.edito.publish.api.Settings;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The login keys of a channel's {@code publish:} block: the app's client id and secret (the variables that hold
 * them), the registered redirect URL and the base of the login endpoints. Checked without reading a secret; the
 * secrets are read when a login or a renewal needs them.
 */
public record LoginSettings(Settings settings, AuthNetwork network, URI redirect, URI authBase,
                            CredentialsStore store) {

    /** The keys every publish type that logs in takes. */
    public static final Set<String> KEYS = Set.of("client_id_env", "client_secret_env", "redirect_uri", "auth_base");

    public static LoginSettings of(Settings s, PublishContext ctx, AuthNetwork net) {
        URI redirect;
        if (s.has("redirect_uri")) {
            redirect = uri(s, "redirect_uri", true);
        } else if (net.loopback()) {
            redirect = URI.create(AuthNetwork.DEFAULT_LOOPBACK);
        } else {
            redirect = null; // told when logging in: Meta wants an https URL registered in the app
        }
        URI authBase = s.has("auth_base") ? uri(s, "auth_base", false) : null;
        return new LoginSettings(s, net, redirect, authBase, CredentialsStore.of(s, ctx));
    }

    public String channel() {
        return settings.channel();
    }

    /** The client for the token requests; the client id and secret read now (input errors when not set). */
    OAuthClient client(PublishContext ctx) {
        String id = Secrets.required(settings, "client_id_env", ctx);
        String secret = network == AuthNetwork.X ? Secrets.optional(settings, "client_secret_env", ctx)
                : Secrets.required(settings, "client_secret_env", ctx);
        return new OAuthClient(network, authBase, id, secret, new Http(ctx, RetryPolicy.DEFAULT), ctx);
    }

    /** A redirect URL must be https, or http to this machine; {@code auth_base} likewise. */
    private static URI uri(Settings s, String key, boolean path) {
        String raw = s.string(key);
        try {
            URI u = new URI(raw);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw s.error(key, "'" + raw + "' is not an absolute http(s) URL");
            }
            if (scheme.equals("http") && !Redirect.isLoopback(u)) {
                throw s.error(key, "'" + raw + "' uses plain http; use https (plain http is allowed only to "
                        + "127.0.0.1 and localhost)");
            }
            if (u.getRawQuery() != null || u.getRawFragment() != null) {
                throw s.error(key, "'" + raw + "' must have no query and no fragment");
            }
            return path ? u : URI.create(raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw);
        } catch (URISyntaxException e) {
            throw s.error(key, "'" + raw + "' is not a valid URL");
        }
    }
}
