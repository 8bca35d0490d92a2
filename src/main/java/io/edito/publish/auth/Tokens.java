package io.edito.publish.auth;

import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.Settings;
import io.edito.publish.http.Secrets;
import java.util.Optional;

/**
 * Where a native publisher's bearer token comes from: the variable {@code token_env} names (fixed), else the login
 * {@code edito login CHANNEL} saved in the credentials file (renewable). Every publisher whose type logs in calls
 * {@link #forChannel} once, when it is built.
 */
public final class Tokens {
    private Tokens() {
    }

    /**
     * The token of {@code s}'s channel, a publisher of type {@code type}. No saved login (and no {@code token_env})
     * is an input error that says to run {@code edito login CHANNEL}; in a dry run it is told and an empty token
     * stands in; {@code validate} and {@code check} read nothing.
     */
    public static AccessToken forChannel(Settings s, PublishContext ctx, String type) {
        AuthNetwork net = AuthNetwork.of(type);
        LoginSettings ls = net == null ? null : LoginSettings.of(s, ctx, net); // its keys judged even with token_env
        if (s.has("token_env") || ls == null) {
            return AccessToken.fixed(Secrets.required(s, "token_env", ctx), s.string("token_env"));
        }
        if (ctx.validating()) {
            return AccessToken.fixed("", "token_env");
        }
        Optional<StoredLogin> saved = StoredLogin.from(ls.store().read(), s.channel());
        String problem = null;
        if (saved.isEmpty()) {
            problem = "no token_env and no login saved for this channel in " + ls.store().file() + "; run: edito login "
                    + s.channel() + " (or set token_env)";
        } else if (saved.get().network() != null && !saved.get().network().equals(type)) {
            problem = "the login saved for this channel is for " + saved.get().network() + ", not " + type
                    + "; run: edito login " + s.channel();
        }
        if (problem != null) {
            if (ctx.missingSecret() == null) {
                throw s.error("token_env", problem);
            }
            ctx.missingSecret().accept("edito login " + s.channel(), s.error("token_env", problem).getMessage());
            return AccessToken.fixed("", "token_env");
        }
        StoredLogin l = saved.get();
        ctx.redactor().register(l.accessToken());
        ctx.redactor().register(l.refreshToken());
        return new LoginToken(ls, l, ctx);
    }
}
