package io.edito.publish.auth;

import io.edito.core.EditoException;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import java.time.Duration;
import java.time.Instant;

/**
 * The token {@code edito login} saved for a channel, renewed when it can be: before it expires (within a minute;
 * Instagram's and Threads' 60-day tokens within {@link #LONG_LIVED_AHEAD}, once a day old) and once after the
 * network refused it. A renewal runs with the credentials file locked, re-read first (another run may have renewed
 * already: its token is taken, the refresh token is not spent twice), and the answer is written at once, before the
 * new token is used: a rotated refresh token (X) is never lost. A token that cannot be renewed fails the pair with
 * one line that says to run {@code edito login CHANNEL}.
 */
public final class LoginToken implements AccessToken {
    /** A short-lived token is renewed when it expires within this. */
    static final Duration AHEAD = Duration.ofMinutes(1);
    /** An Instagram or Threads token is renewed when it expires within this (and is at least a day old). */
    static final Duration LONG_LIVED_AHEAD = Duration.ofDays(7);
    /** Meta refreshes only long-lived tokens at least this old. */
    static final Duration LONG_LIVED_MIN_AGE = Duration.ofHours(24);

    private final LoginSettings settings;
    private final PublishContext ctx;
    private volatile StoredLogin current;

    LoginToken(LoginSettings settings, StoredLogin saved, PublishContext ctx) {
        this.settings = settings;
        this.current = saved;
        this.ctx = ctx;
    }

    @Override
    public String value() throws PublishFailure {
        StoredLogin l = current;
        Instant now = ctx.clock().instant();
        if (due(l, now) && renewable(l, now) == null) {
            return renew(l.accessToken());
        }
        if (l.expiresAt() != null && !l.expiresAt().isAfter(now)) {
            throw failure("the token saved by edito login expired on " + l.expiresAt() + " and cannot be renewed"
                    + why(renewable(l, now)));
        }
        return l.accessToken();
    }

    @Override
    public String renew(String refused) throws PublishFailure {
        return settings.store().<String, PublishFailure>locked(st -> {
            StoredLogin l = StoredLogin.from(st.values(), settings.channel()).orElseThrow(() ->
                    failure("the login of this channel is no longer in " + settings.store().file()));
            Instant now = ctx.clock().instant();
            if (!l.accessToken().equals(refused) && !due(l, now)) {
                current = l; // renewed by another run meanwhile
                return l.accessToken();
            }
            String cannot = renewable(l, now);
            if (cannot != null) {
                throw failure("the token saved by edito login " + (refused.equals(l.accessToken()) && !due(l, now)
                        ? "was refused as expired or invalid" : "expires at " + l.expiresAt()) + " and cannot be "
                        + "renewed" + why(cannot));
            }
            OAuthClient.TokenAnswer a;
            try {
                a = settings.client(ctx).refresh(l);
            } catch (EditoException e) {
                throw failure("cannot renew the token: " + e.getMessage());
            } catch (PublishFailure e) {
                if (e.kind() == PublishFailure.Kind.REJECTED) {
                    throw failure(e.getMessage());
                }
                throw e;
            }
            StoredLogin renewed = l.renewed(a.accessToken(), a.refreshToken(), Login.plus(now, a.expiresIn()),
                    Login.plus(now, a.refreshExpiresIn()), now);
            st.write(renewed.lines(settings.channel())); // saved before it is used
            current = renewed;
            return renewed.accessToken();
        });
    }

    @Override
    public String howToRenew() {
        return "run: edito login " + settings.channel();
    }

    /** Whether {@code l} should be renewed now. */
    private boolean due(StoredLogin l, Instant now) {
        if (l.expiresAt() == null) {
            return false;
        }
        Duration ahead = settings.network().kind() == AuthNetwork.Renewal.LONG_LIVED ? LONG_LIVED_AHEAD : AHEAD;
        return !l.expiresAt().minus(ahead).isAfter(now);
    }

    /** Null when {@code l} can be renewed now, else why not. */
    private String renewable(StoredLogin l, Instant now) {
        switch (settings.network().kind()) {
            case NONE:
                return "this network gives no way to renew it";
            case LONG_LIVED:
                if (l.expiresAt() != null && !l.expiresAt().isAfter(now)) {
                    return "an expired " + settings.network().type() + " token cannot be refreshed";
                }
                if (l.issuedAt() != null && l.issuedAt().plus(LONG_LIVED_MIN_AGE).isAfter(now)) {
                    return "Meta refreshes a token only once it is 24 hours old";
                }
                return null;
            default:
                if (l.refreshToken() == null) {
                    return settings.network() == AuthNetwork.LINKEDIN
                            ? "LinkedIn gave no refresh token (only to the apps it allows them)"
                            : "no refresh token was given (X gives one with the offline.access scope)";
                }
                if (l.refreshExpiresAt() != null && !l.refreshExpiresAt().isAfter(now)) {
                    return "its refresh token expired on " + l.refreshExpiresAt();
                }
                return null;
        }
    }

    private static String why(String reason) {
        return reason == null ? "" : " (" + reason + ")";
    }

    private PublishFailure failure(String message) {
        return new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(settings.channel() + ": "
                + message + "; " + howToRenew()));
    }
}
