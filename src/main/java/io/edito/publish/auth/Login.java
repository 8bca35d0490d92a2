package io.edito.publish.auth;

import io.edito.core.EditoException;
import io.edito.core.ExitCode;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.Settings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code edito login CHANNEL}: the authorization a network allows a command-line tool, and the token it gives saved
 * in the credentials file.
 *
 * <ul>
 * <li>X: authorization code with PKCE (S256) and a loopback redirect on 127.0.0.1; access token 2 h, refresh
 * token (scope {@code offline.access}) that rotates;</li>
 * <li>LinkedIn: authorization code (3-legged) with the client secret, loopback redirect; 60-day token, a refresh
 * token only for the apps LinkedIn gives one;</li>
 * <li>Instagram (Instagram Login) and Threads: code, short-lived token, then the 60-day token
 * ({@code ig_exchange_token}, {@code th_exchange_token}); Meta wants an https redirect, so the redirected URL is
 * pasted back;</li>
 * <li>Facebook: code, user token, long-lived user token ({@code fb_exchange_token}), then the Page's own token
 * ({@code GET /{page-id}?fields=access_token}), which does not expire.</li>
 * </ul>
 * With {@code --no-browser} (or a redirect edito cannot listen on) the URL is printed and the redirected URL, or the
 * code alone, is read from the input.
 */
public final class Login {
    /** How long a loopback login waits for the browser. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** Opens a URL in the user's browser. */
    public interface Browser {
        void open(URI url) throws IOException;
    }

    /**
     * @param noBrowser print the URL and read the redirect from {@code in}
     * @param browser   what opens the authorization page (the desktop's browser; a test's simulated one)
     * @param in        where a pasted URL or code is read
     * @param out       where the user is told what to do
     * @param timeout   how long the loopback waits
     */
    public record Options(boolean noBrowser, Browser browser, BufferedReader in, PrintWriter out, Duration timeout) {
    }

    private Login() {
    }

    /** Logs {@code s}'s channel in and saves the token; returns what was saved. */
    public static StoredLogin run(Settings s, String type, PublishContext ctx, Options o) throws LoginException {
        AuthNetwork net = AuthNetwork.of(type);
        if (net == null) {
            throw new LoginException("channel '" + s.channel() + "' publishes with type " + type + ", which does not "
                    + "log in (its secrets, if any, are named in its publish settings); edito login knows "
                    + String.join(", ", new java.util.TreeSet<>(AuthNetwork.TYPES)));
        }
        if (s.has("token_env")) { // the saved login would never be used: logging in would say "logged in" for nothing
            throw s.error("token_env", "this channel takes its token from the variable " + s.string("token_env")
                    + ", which a login does not replace: remove token_env to publish with the login edito saves");
        }
        LoginSettings ls = LoginSettings.of(s, ctx, net);
        if (ls.redirect() == null) {
            throw s.error("redirect_uri", "missing: " + type + " (Meta) accepts only an https redirect URL registered "
                    + "in the app (Valid OAuth Redirect URIs); set it here, and paste the URL the browser lands on");
        }
        String pageId = net == AuthNetwork.FACEBOOK ? s.string("page_id") : null;
        ls.store().checkWritable(); // before the code is spent: its tokens could not be kept
        OAuthClient client = ls.client(ctx);
        String state = Pkce.random();
        String verifier = net.pkce() ? Pkce.random() : null;
        String challenge = verifier == null ? null : Pkce.challengeFor(net, verifier);
        Redirect got;
        URI redirect = ls.redirect();
        if (!o.noBrowser() && Redirect.isLoopback(redirect)) {
            try (LoopbackReceiver rx = new LoopbackReceiver(redirect, state)) {
                redirect = rx.redirectUri();
                URI url = client.authorizeUrl(redirect.toString(), state, challenge);
                o.out().println("Log in to " + type + " in the browser; edito waits for it on " + redirect);
                o.out().println("If no browser opens, open this URL: " + url);
                o.out().flush();
                try {
                    o.browser().open(url);
                } catch (IOException | RuntimeException e) {
                    o.out().println("(no browser could be opened: " + e.getMessage() + ")");
                    o.out().flush();
                }
                got = rx.await(o.timeout());
            }
        } else {
            URI url = client.authorizeUrl(redirect.toString(), state, challenge);
            o.out().println("Open this URL in a browser and log in to " + type + ":");
            o.out().println(url);
            o.out().println("Then paste the URL the browser lands on (or only its code=) and press Enter:");
            o.out().flush();
            String line;
            try {
                line = o.in().readLine();
            } catch (IOException e) {
                throw new LoginException("cannot read the pasted URL (" + e.getMessage() + ")");
            }
            got = Redirect.ofPasted(line, state);
        }
        StoredLogin saved;
        try {
            saved = tokens(net, client, got.code(), redirect.toString(), verifier, pageId, ctx.clock().instant());
        } catch (PublishFailure e) {
            throw new LoginException(e.getMessage());
        }
        ls.store().locked(st -> {
            st.write(saved.lines(s.channel()));
            return null;
        });
        return saved;
    }

    private static StoredLogin tokens(AuthNetwork net, OAuthClient client, String code, String redirect,
                                      String verifier, String pageId, Instant now) throws PublishFailure {
        OAuthClient.TokenAnswer a = client.exchangeCode(code, redirect, verifier);
        String scopes = a.scope() != null ? a.scope() : net.scopes();
        if (net == AuthNetwork.FACEBOOK) {
            OAuthClient.TokenAnswer user = client.longLived(a.accessToken());
            String[] page = client.pageToken(user.accessToken(), pageId);
            return new StoredLogin(net.type(), page[0], null, null, null, now, scopes,
                    (page[1] == null ? "" : page[1] + " ") + "(Page " + pageId + ")");
        }
        if (net.kind() == AuthNetwork.Renewal.LONG_LIVED) {
            OAuthClient.TokenAnswer ll = client.longLived(a.accessToken());
            return new StoredLogin(net.type(), ll.accessToken(), null, plus(now, ll.expiresIn()), null, now, scopes,
                    a.userId());
        }
        return new StoredLogin(net.type(), a.accessToken(), a.refreshToken(), plus(now, a.expiresIn()),
                plus(now, a.refreshExpiresIn()), now, scopes, client.owner(a.accessToken()));
    }

    static Instant plus(Instant now, Long seconds) {
        return seconds == null || seconds <= 0 ? null : now.plusSeconds(seconds);
    }

    /**
     * The desktop's browser: {@code open} on macOS, {@code rundll32 url.dll,FileProtocolHandler} on Windows,
     * {@code xdg-open} elsewhere (the URL is an argument, never given to a shell).
     */
    public static Browser desktop() {
        return url -> {
            String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
            java.util.List<String> cmd = os.contains("mac") ? java.util.List.of("open", url.toString())
                    : os.contains("win") ? java.util.List.of("rundll32", "url.dll,FileProtocolHandler", url.toString())
                    : java.util.List.of("xdg-open", url.toString());
            new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        };
    }

    /** A {@link LoginException} as the command's error (exit 3). */
    public static EditoException failure(String channel, LoginException e) {
        return new EditoException(ExitCode.RUNTIME, "edito login " + channel + ": " + e.getMessage());
    }
}
