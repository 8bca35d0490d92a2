package io.edito.publish.auth;

import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.Problem;
import io.edito.core.SourcePos;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each channel's token comes from and how long it lasts ({@code edito login --status}), and the warnings of
 * {@code edito due} about logins that end soon. Never a secret: owner, scopes and dates only.
 *
 * @param channel   the channel id
 * @param brand     its brand
 * @param type      its publish type
 * @param source    "token_env NAME", "login", "settings" (a type that does not log in), "none" (no login yet)
 * @param login     the saved login, or null
 * @param problem   why the credentials file could not be read, or null
 * @param pos       where the channel's publish block stands
 */
public record LoginStatus(String channel, String brand, String type, String source, StoredLogin login, String problem,
                          SourcePos pos) {

    /** {@code edito due} warns about a login that ends within this. */
    public static final Duration WARN_AHEAD = Duration.ofDays(7);

    /** Every channel with a publish block, in the project's order. */
    public static List<LoginStatus> of(ProjectConfig config, Map<String, String> env) {
        PublishContext ctx = PublishContext.of(config.root(), env);
        List<LoginStatus> out = new ArrayList<>();
        for (BrandConfig brand : config.brands().values()) {
            for (ChannelConfig ch : brand.channels().values()) {
                if (ch.publish() == null) {
                    continue;
                }
                PublishTarget t = PublishTarget.of(ch.id(), ch.publish());
                Settings s = new Settings(t);
                String type = t.type();
                AuthNetwork net = AuthNetwork.of(type);
                if (s.has("token_env")) {
                    out.add(new LoginStatus(ch.id(), brand.name(), type, "token_env " + s.raw("token_env"), null, null,
                            ch.publish().pos()));
                    continue;
                }
                if (net == null) {
                    out.add(new LoginStatus(ch.id(), brand.name(), type, "settings", null, null, ch.publish().pos()));
                    continue;
                }
                try {
                    CredentialsStore store = CredentialsStore.of(s, ctx);
                    StoredLogin l = StoredLogin.from(store.read(), ch.id()).orElse(null);
                    out.add(new LoginStatus(ch.id(), brand.name(), type, l == null ? "none" : "login", l, null,
                            ch.publish().pos()));
                } catch (EditoException e) {
                    out.add(new LoginStatus(ch.id(), brand.name(), type, "none", null, e.getMessage(),
                            ch.publish().pos()));
                }
            }
        }
        return out;
    }

    /**
     * When the login stops working unless the user logs in again: the refresh token's end (X), the token's end when
     * it cannot be renewed (LinkedIn's 60 days), an Instagram or Threads token's end (publish renews it in its last
     * week: a token within a day of its end was not renewed); null when none is known (a Facebook Page token).
     */
    public Instant endsAt() {
        if (login == null) {
            return null;
        }
        AuthNetwork net = AuthNetwork.of(type);
        if (net != null && net.kind() == AuthNetwork.Renewal.REFRESH_TOKEN && login.refreshToken() != null) {
            return login.refreshExpiresAt();
        }
        return login.expiresAt();
    }

    /** Whole days from {@code now} to {@code at} (negative when past). */
    public static long daysUntil(Instant at, Instant now) {
        return Math.floorDiv(Duration.between(now, at).toHours(), 24);
    }

    /**
     * Warnings for the channels in {@code dueChannels} ("brand/channel" or the channel id) whose login ends within
     * {@link #WARN_AHEAD} or has ended, each naming {@code edito login CHANNEL}.
     */
    public static List<Problem> warnings(List<LoginStatus> statuses, Set<String> dueChannels, Instant now) {
        List<Problem> out = new ArrayList<>();
        for (LoginStatus st : statuses) {
            if (!dueChannels.contains(st.brand() + "/" + st.channel()) && !dueChannels.contains(st.channel())) {
                continue;
            }
            // the command that logs this channel in: with its brand when another brand has a channel of that id
            String login = "edito login " + st.channel() + (statuses.stream().filter(o -> o.channel().equals(st.channel()))
                    .count() > 1 ? " --brand " + st.brand() : "");
            if (st.problem() != null) {
                out.add(Problem.warning(st.pos(), st.problem()));
                continue;
            }
            if (st.source().equals("none")) {
                out.add(Problem.warning(st.pos(), "channel " + st.channel() + " has posts due and no token: run: "
                        + login + " (or set token_env)"));
                continue;
            }
            Instant end = st.endsAt();
            if (end == null) {
                continue;
            }
            end = end.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            AuthNetwork net = AuthNetwork.of(st.type());
            Duration ahead = net.kind() == AuthNetwork.Renewal.LONG_LIVED ? Duration.ofDays(1) : WARN_AHEAD;
            if (end.minus(ahead).isAfter(now)) {
                continue;
            }
            long days = daysUntil(end, now);
            String when = !end.isAfter(now) ? "ended on " + end : "ends in " + days + (days == 1 ? " day" : " days")
                    + " (" + end + ")";
            out.add(Problem.warning(st.pos(), "the login of channel " + st.channel() + " (" + st.type() + ") " + when
                    + " and edito cannot renew it; run: " + login));
        }
        return out;
    }
}
