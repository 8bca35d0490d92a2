package io.edito.publish.auth;

import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ProjectConfig;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Settings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Two brands' channels of one id that log in ({@code edito login}) and read one credentials file: a login is saved
 * there by channel id, so the second brand to log in replaces the first's login, and both brands would then post
 * as that one account (brand A's post on brand B's page). Each needs its own {@code credentials_file}
 * (docs/publishing.md, "Several brands").
 */
public final class SharedLogins {
    private SharedLogins() {
    }

    /** Whether {@code ch} takes its token from a saved login (a type that logs in, and no {@code token_env}). */
    static boolean logsIn(ChannelConfig ch) {
        if (ch.publish() == null) {
            return false;
        }
        PublishTarget t = PublishTarget.of(ch.id(), ch.publish());
        return t.type() != null && AuthNetwork.of(t.type()) != null && !new Settings(t).has("token_env");
    }

    /**
     * The brand whose channel of {@code ch}'s id would share {@code ch}'s saved login, or null: in a run, the files
     * each reads ({@code credentials_file}, else {@code EDITO_CREDENTIALS}, else the default) are the same.
     */
    public static String sharedWith(ProjectConfig config, BrandConfig brand, ChannelConfig ch, PublishContext ctx) {
        return other(config, brand, ch, c -> CredentialsStore.of(new Settings(PublishTarget.of(c.id(), c.publish())),
                ctx).file());
    }

    /**
     * {@link #sharedWith} as edito.yaml says it, without the environment (validate): both without a
     * {@code credentials_file}, or both naming the same one.
     */
    public static String sharedAsWritten(ProjectConfig config, BrandConfig brand, ChannelConfig ch) {
        return other(config, brand, ch, c -> {
            Settings s = new Settings(PublishTarget.of(c.id(), c.publish()));
            return s.has("credentials_file") ? Path.of(s.string("credentials_file")).normalize() : null;
        });
    }

    private static String other(ProjectConfig config, BrandConfig brand, ChannelConfig ch,
                                java.util.function.Function<ChannelConfig, Path> fileOf) {
        if (!logsIn(ch) || config.brands().size() < 2) {
            return null;
        }
        Path mine = fileOf.apply(ch);
        for (BrandConfig b : config.brands().values()) {
            ChannelConfig same = b.channels().get(ch.id());
            if (b != brand && same != null && logsIn(same) && Objects.equals(fileOf.apply(same), mine)) {
                return b.name();
            }
        }
        return null;
    }

    /** The message for {@code ch} of {@code brand} sharing its login with {@code other}'s channel. */
    public static String message(String brand, ChannelConfig ch, String other) {
        return "channel '" + ch.id() + "' of brand '" + brand + "' and of brand '" + other + "' read one credentials "
                + "file, where a login is saved by channel id: both would post as whichever logged in last; give "
                + "each its own credentials_file (docs/publishing.md, \"Several brands\")";
    }
}
