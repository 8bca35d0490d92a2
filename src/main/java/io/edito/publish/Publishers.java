package io.edito.publish;

import io.edito.calendar.Post;
import io.edito.config.BrandConfig;
import io.edito.config.ChannelConfig;
import io.edito.config.ProjectConfig;
import io.edito.core.EditoException;
import io.edito.core.Problems;
import io.edito.publish.api.AccessToken;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.Settings;
import io.edito.publish.auth.LoginSettings;
import io.edito.publish.auth.Tokens;
import io.edito.publish.bluesky.BlueskyPublisher;
import io.edito.publish.bluesky.LinkCard;
import io.edito.publish.command.CommandPublisher;
import io.edito.publish.facebook.FacebookPublisher;
import io.edito.publish.linkedin.LinkedInPublisher;
import io.edito.publish.http.Http;
import io.edito.publish.http.RetryPolicy;
import io.edito.publish.http.Secrets;
import io.edito.publish.mastodon.MastodonPublisher;
import io.edito.publish.meta.GraphApi;
import io.edito.publish.meta.InstagramPublisher;
import io.edito.publish.meta.ThreadsPublisher;
import io.edito.publish.outbox.OutboxPublisher;
import io.edito.publish.tiktok.TikTokPublisher;
import io.edito.publish.webhook.WebhookPublisher;
import io.edito.publish.x.OAuth1Signer;
import io.edito.publish.x.XPublisher;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link Publisher} from a channel's {@code publish:} block, validating every key first: an unknown key,
 * a missing one or a missing environment variable is an input error (exit 2) that names the channel and key,
 * never a secret's value.
 */
public final class Publishers {
    private static final Set<String> HTTP_COMMON = Set.of("type", "timeout", "retries", "credentials_file");
    /**
     * The public URL of a media file ({@code https://cdn.example/{path}}), any type: the payload gives it to the
     * receiver (docs/publishing.md#media-in-the-payload).
     */
    public static final String MEDIA_URL = "media_url";
    /** Where {@link #MEDIA_URL} puts the file's path relative to the repository. */
    public static final String PATH_PLACEHOLDER = io.edito.publish.http.PublicMedia.PATH_PLACEHOLDER;
    /**
     * The keys of {@code edito login} ({@code client_id_env}, {@code client_secret_env}, {@code redirect_uri},
     * {@code auth_base}), taken by every type that can log in (facebook, instagram, threads, linkedin, x, tiktok): with
     * no {@code token_env}, such a publisher's token is the one {@code edito login} saved ({@link Tokens#forChannel}).
     */
    public static final Set<String> LOGIN_KEYS = LoginSettings.KEYS;
    private static final Map<String, Set<String>> KEYS = Map.ofEntries(
            Map.entry("webhook", union(HTTP_COMMON, "url", "url_env", "secret_env", "headers", MEDIA_URL)),
            Map.entry("mastodon", union(HTTP_COMMON, "instance", "token_env", "visibility", MEDIA_URL)),
            Map.entry("bluesky", union(HTTP_COMMON, "service", "identifier", "password_env", "link_cards",
                    MEDIA_URL)),
            Map.entry("facebook", union(union(HTTP_COMMON, LOGIN_KEYS), "page_id", "token_env", "api_base",
                    "app_id", "user_token_env", MEDIA_URL)),
            Map.entry("tiktok", union(union(HTTP_COMMON, LOGIN_KEYS), "token_env", "api_base", "privacy", "comments",
                    "duet", "stitch", MEDIA_URL)),
            Map.entry("linkedin", union(union(HTTP_COMMON, LOGIN_KEYS), "author", "token_env", "api_base", "version",
                    MEDIA_URL)),
            Map.entry("x", union(union(HTTP_COMMON, LOGIN_KEYS), "token_env", "consumer_key_env", "consumer_secret_env",
                    "access_token_env", "access_secret_env", "api_base", MEDIA_URL)),
            Map.entry("instagram", union(union(HTTP_COMMON, LOGIN_KEYS), "account_id", "token_env", "api_base",
                    MEDIA_URL)),
            Map.entry("threads", union(union(HTTP_COMMON, LOGIN_KEYS), "user_id", "token_env", "api_base",
                    MEDIA_URL)),
            Map.entry("outbox", Set.of("type", "dir", MEDIA_URL)),
            Map.entry("command", Set.of("type", "run", "timeout", MEDIA_URL)));
    /** The publish types edito knows: those with keys above. */
    public static final Set<String> TYPES = Set.copyOf(KEYS.keySet());

    /** The keys a {@code publish:} block of {@code type} may hold (the JSON schema lists the same: SchemaTest). */
    public static Set<String> keys(String type) {
        return KEYS.getOrDefault(type, Set.of());
    }
    static final Set<String> VISIBILITIES = Set.copyOf(Post.VISIBILITIES);
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private Publishers() {
    }

    /** Convenience for {@link #create(PublishTarget, PublishContext)} with the current directory as base. */
    public static Publisher create(String channel, Map<String, Object> settings, Map<String, String> env) {
        return create(new PublishTarget(channel, settings), PublishContext.of(Path.of("").toAbsolutePath(), env));
    }

    /**
     * Judges the {@code publishing:} block and every channel's {@code publish:} block of {@code config} exactly as
     * {@code publish} reads them (the same code, so the same messages), without reading a secret or sending
     * anything: {@code validate} and {@code check} report a typo the day it is written, not at the next cron run.
     * One problem per block: the first wrong key of it, at its file:line:column.
     */
    public static void validate(ProjectConfig config, Problems problems) {
        try {
            PublishingSettings.of(config);
        } catch (EditoException e) {
            problems.error(e.pos() != null ? e.pos() : config.publishing().pos(), e.detail());
        }
        PublishContext ctx = PublishContext.forValidation(config.root());
        java.util.Set<String> seen = new java.util.HashSet<>(); // brands met so far
        for (BrandConfig brand : config.brands().values()) {
            for (ChannelConfig ch : brand.channels().values()) {
                if (ch.publish() == null) {
                    continue;
                }
                PublishTarget target = PublishTarget.of(ch.id(), ch.publish());
                try {
                    create(target, ctx);
                } catch (EditoException e) {
                    problems.error(e.pos() != null ? e.pos() : target.source(), e.detail());
                    continue;
                }
                String other = io.edito.publish.auth.SharedLogins.sharedAsWritten(config, brand, ch);
                if (other != null && seen.contains(other)) { // told once, at the second of the two
                    problems.error(ch.publish().pos(), io.edito.publish.auth.SharedLogins.message(brand.name(), ch, other));
                }
            }
            seen.add(brand.name());
        }
    }

    /** One publisher per channel, in the targets' order. */
    public static Map<String, Publisher> createAll(List<PublishTarget> targets, PublishContext ctx) {
        Map<String, Publisher> out = new LinkedHashMap<>();
        for (PublishTarget t : targets) {
            out.put(t.channel(), create(t, ctx));
        }
        return out;
    }

    public static Publisher create(PublishTarget target, PublishContext ctx) {
        Settings s = new Settings(target);
        String type = target.type();
        if (type == null) {
            throw s.error("type", "missing; one of " + String.join(", ", new TreeMap<>(KEYS).keySet()));
        }
        if (!TYPES.contains(type)) {
            throw s.error("type", "unknown publish type '" + type + "'" + Settings.didYouMean(type, TYPES)
                    + "; one of " + String.join(", ", new TreeMap<>(KEYS).keySet()));
        }
        s.allowOnly(KEYS.get(type));
        if (s.has(MEDIA_URL)) {
            String template = s.string(MEDIA_URL);
            if (!template.contains(PATH_PLACEHOLDER)) {
                throw s.error(MEDIA_URL, "'" + template + "' has no " + PATH_PLACEHOLDER + " (where the file's path "
                        + "goes: https://cdn.example/{path})");
            }
            uri(s, MEDIA_URL, template.replace(PATH_PLACEHOLDER, "path"), false);
        }
        return switch (type) {
            case "webhook" -> webhook(s, ctx);
            case "mastodon" -> mastodon(s, ctx);
            case "bluesky" -> bluesky(s, ctx);
            case "facebook" -> facebook(s, ctx);
            case "tiktok" -> tiktok(s, ctx);
            case "linkedin" -> linkedin(s, ctx);
            case "x" -> x(s, ctx);
            case "instagram" -> instagram(s, ctx);
            case "threads" -> threads(s, ctx);
            case "outbox" -> new OutboxPublisher(ctx.baseDir().resolve(s.string("dir")).normalize());
            case "command" -> new CommandPublisher(s.stringList("run"), ctx.baseDir(),
                    s.duration("timeout", Duration.ofSeconds(60), MAX_TIMEOUT), ctx.redactor());
            default -> throw new IllegalStateException(type);
        };
    }

    private static Publisher webhook(Settings s, PublishContext ctx) {
        if (s.has("url") == s.has("url_env")) {
            throw s.error("url", "give exactly one of url and url_env (url_env when the URL itself is a secret)");
        }
        String hidden = s.has("url") ? null : Secrets.required(s, "url_env", ctx);
        // an unset url_env in a dry run (told by Secrets): nothing is sent there
        URI url = s.has("url") ? uri(s, "url", s.string("url"), false)
                : hidden.isEmpty() ? URI.create("https://url-env-not-set.invalid/") : uri(s, "url_env", hidden, true);
        String secret = Secrets.optional(s, "secret_env", ctx);
        secret = secret == null || secret.isEmpty() ? null : secret;
        Map<String, String> headers = new LinkedHashMap<>();
        if (s.has("headers")) {
            Object h = settingsMap(s, "headers");
            ((Map<?, ?>) h).forEach((k, v) -> {
                String name = String.valueOf(k);
                if (!name.matches("[A-Za-z0-9-]+") || name.equalsIgnoreCase("Idempotency-Key")
                        || name.equalsIgnoreCase(WebhookPublisher.SIGNATURE_HEADER)
                        || name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Host")
                        || name.equalsIgnoreCase("Content-Length")) {
                    throw s.error("headers", "header '" + name + "' cannot be set here");
                }
                headers.put(name, String.valueOf(v));
            });
        }
        return new WebhookPublisher(url, secret, headers, http(s, ctx));
    }

    private static Publisher mastodon(Settings s, PublishContext ctx) {
        URI instance = uri(s, "instance", s.string("instance"), false);
        String token = Secrets.required(s, "token_env", ctx);
        String visibility = s.oneOf("visibility", "public", VISIBILITIES);
        return new MastodonPublisher(instance, token, visibility, http(s, ctx), ctx);
    }

    private static Publisher bluesky(Settings s, PublishContext ctx) {
        URI service = uri(s, "service", s.string("service", "https://bsky.social"), false);
        String identifier = s.string("identifier");
        String password = Secrets.required(s, "password_env", ctx);
        LinkCard.Reach cards = LinkCard.Reach.valueOf(s.oneOf("link_cards", "public", LinkCard.Reach.IDS)
                .toUpperCase(java.util.Locale.ROOT));
        return new BlueskyPublisher(service, identifier, password, cards, http(s, ctx), ctx);
    }

    /**
     * A Facebook Page: its numeric id, its long-lived Page access token (the variable {@code token_env}, else the one
     * {@code edito login} saved), and the Graph base URL with its version (default
     * {@link FacebookPublisher#DEFAULT_API_BASE}); for videos, the app id ({@code app_id}) and the variable holding a
     * user token ({@code user_token_env}) of the Resumable Upload API.
     */
    private static Publisher facebook(Settings s, PublishContext ctx) {
        String pageId = s.string("page_id");
        if (!pageId.matches("[0-9]+")) {
            throw s.error("page_id", "'" + pageId + "' is not a Page id: the Page's numeric id (Page settings, or "
                    + "GET /me/accounts with the user token)");
        }
        URI base = uri(s, "api_base", s.string("api_base", FacebookPublisher.DEFAULT_API_BASE), false);
        AccessToken token = Tokens.forChannel(s, ctx, "facebook");
        String appId = s.has("app_id") ? s.string("app_id") : null;
        if (appId != null && !appId.matches("[0-9]+")) {
            throw s.error("app_id", "'" + appId + "' is not an app id: the Meta app's numeric id (App Dashboard, "
                    + "App settings, Basic), used to upload videos");
        }
        String userToken = Secrets.optional(s, "user_token_env", ctx);
        return new FacebookPublisher(base, pageId, token, http(s, ctx), ctx, appId, userToken);
    }

    /**
     * A TikTok account through the Content Posting API: the variable holding a user token with video.publish, the
     * privacy level (required: TikTok asks that the person posting chooses it; an unaudited app may use SELF_ONLY
     * only) and the comment, duet and stitch switches.
     */
    private static Publisher tiktok(Settings s, PublishContext ctx) {
        if (!s.has("privacy")) {
            throw s.error("privacy", "missing: who may see the posts, one of " + String.join(", ",
                    new TreeSet<>(TikTokPublisher.PRIVACY_LEVELS)) + " (TikTok asks that you choose; an app TikTok "
                    + "has not audited can post SELF_ONLY only)");
        }
        String privacy = s.oneOf("privacy", null, TikTokPublisher.PRIVACY_LEVELS);
        URI base = uri(s, "api_base", s.string("api_base", TikTokPublisher.DEFAULT_API_BASE), false);
        AccessToken token = Tokens.forChannel(s, ctx, "tiktok");
        return new TikTokPublisher(base, token, new TikTokPublisher.Options(privacy, s.bool("comments", true),
                s.bool("duet", true), s.bool("stitch", true)), http(s, ctx), ctx);
    }

    /**
     * A LinkedIn organization Page or member: the author's URN, the variable holding an access token, the REST base
     * URL (default {@link LinkedInPublisher#DEFAULT_API_BASE}) and the {@code LinkedIn-Version} sent (default
     * {@link LinkedInPublisher#DEFAULT_VERSION}).
     */
    private static Publisher linkedin(Settings s, PublishContext ctx) {
        String author = s.string("author");
        if (!author.matches("urn:li:organization:[0-9]+|urn:li:person:[A-Za-z0-9_-]+")) {
            throw s.error("author", "'" + author + "' is not an author URN: urn:li:organization:N for a Page (its "
                    + "number is in the Page admin URL) or urn:li:person:ID for a member (ID is the sub of GET /v2/userinfo)");
        }
        String version = s.string("version", LinkedInPublisher.DEFAULT_VERSION);
        if (!version.matches("[0-9]{6}(\\.[0-9]{2})?")) {
            throw s.error("version", "'" + version + "' is not a LinkedIn-Version: YYYYMM, like "
                    + LinkedInPublisher.DEFAULT_VERSION);
        }
        URI base = uri(s, "api_base", s.string("api_base", LinkedInPublisher.DEFAULT_API_BASE), false);
        AccessToken token = Tokens.forChannel(s, ctx, "linkedin");
        return new LinkedInPublisher(base, version, author, token, http(s, ctx), ctx);
    }

    /** The four settings of X's OAuth 1.0a keys, in the order the developer console lists them. */
    private static final List<String> X_KEYS = List.of("consumer_key_env", "consumer_secret_env", "access_token_env",
            "access_secret_env");

    /**
     * An X account: either an OAuth 2.0 user access token ({@code token_env}, or without it the one {@code edito
     * login} saved) or the four OAuth 1.0a keys of the app and the account, never both; the API base URL (default {@link XPublisher#DEFAULT_API_BASE}).
     */
    private static Publisher x(Settings s, PublishContext ctx) {
        List<String> given = X_KEYS.stream().filter(s::has).toList();
        if (s.has("token_env") && !given.isEmpty()) {
            throw s.error(given.get(0), "give either token_env (an OAuth 2.0 user access token) or the four OAuth 1.0a "
                    + "keys (" + String.join(", ", X_KEYS) + "), not both");
        }
        if (!given.isEmpty() && given.size() < X_KEYS.size()) {
            String missing = X_KEYS.stream().filter(k -> !s.has(k)).findFirst().orElseThrow();
            throw s.error(missing, "missing; the OAuth 1.0a keys are four: " + String.join(", ", X_KEYS));
        }
        URI base = uri(s, "api_base", s.string("api_base", XPublisher.DEFAULT_API_BASE), false);
        if (given.isEmpty()) {
            // an OAuth 2.0 user token: token_env, else the one edito login saved
            AccessToken token;
            try {
                token = Tokens.forChannel(s, ctx, "x");
            } catch (EditoException e) {
                throw s.has("token_env") ? e : EditoException.input(e.pos(), e.detail()
                        + "; or give the four OAuth 1.0a keys (" + String.join(", ", X_KEYS) + ")");
            }
            return XPublisher.withToken(base, token, http(s, ctx), ctx);
        }
        OAuth1Signer.Keys keys = new OAuth1Signer.Keys(Secrets.required(s, "consumer_key_env", ctx),
                Secrets.required(s, "consumer_secret_env", ctx), Secrets.required(s, "access_token_env", ctx),
                Secrets.required(s, "access_secret_env", ctx));
        String variables = X_KEYS.stream().map(s::string).reduce((a, b) -> a + ", " + b).orElseThrow();
        return XPublisher.withKeys(base, keys, variables, http(s, ctx), ctx);
    }

    /**
     * An Instagram professional account: its numeric id, the variable holding its access token, the Graph base URL
     * with its version (default {@link FacebookPublisher#DEFAULT_API_BASE}, the Facebook Login host; Instagram Login
     * tokens use https://graph.instagram.com/VERSION) and {@code media_url}, where Instagram fetches the files.
     */
    private static Publisher instagram(Settings s, PublishContext ctx) {
        String accountId = s.string("account_id");
        if (!accountId.matches("[0-9]+")) {
            throw s.error("account_id", "'" + accountId + "' is not an Instagram account id: the professional "
                    + "account's numeric id (GET /me?fields=user_id with an Instagram Login token, or GET "
                    + "/{page-id}?fields=instagram_business_account with a Page token)");
        }
        URI base = uri(s, "api_base", s.string("api_base", FacebookPublisher.DEFAULT_API_BASE), false);
        Http http = http(s, ctx);
        return new InstagramPublisher(new GraphApi(base, Tokens.forChannel(s, ctx, "instagram"), http, ctx,
                "Instagram",
                "instagram_business_basic and instagram_business_content_publish with Instagram Login, "
                        + "instagram_basic and instagram_content_publish with Facebook Login; comments need "
                        + "instagram_business_manage_comments or instagram_manage_comments"),
                accountId, s.has(MEDIA_URL) ? s.string(MEDIA_URL) : null);
    }

    /**
     * A Threads profile: {@code user_id} ({@code me}, the default, or the numeric id), the variable holding its
     * access token, the Threads API base URL with its version (default {@link ThreadsPublisher#DEFAULT_API_BASE}) and
     * {@code media_url}, where Threads fetches the files.
     */
    private static Publisher threads(Settings s, PublishContext ctx) {
        String userId = s.string("user_id", "me");
        if (!userId.matches("me|[0-9]+")) {
            throw s.error("user_id", "'" + userId + "' is not a Threads user id: me (the token's profile) or the "
                    + "numeric id (GET /me?fields=id)");
        }
        URI base = uri(s, "api_base", s.string("api_base", ThreadsPublisher.DEFAULT_API_BASE), false);
        return new ThreadsPublisher(new GraphApi(base, Tokens.forChannel(s, ctx, "threads"), http(s, ctx), ctx,
                "Threads",
                "threads_basic and threads_content_publish; replies need threads_manage_replies"), userId,
                s.has(MEDIA_URL) ? s.string(MEDIA_URL) : null);
    }

    private static Http http(Settings s, PublishContext ctx) {
        RetryPolicy p = RetryPolicy.DEFAULT
                .withRequestTimeout(s.duration("timeout", RetryPolicy.DEFAULT.requestTimeout(), MAX_TIMEOUT))
                .withAttempts(s.integer("retries", RetryPolicy.DEFAULT.maxAttempts() - 1, 0, 10) + 1);
        return new Http(ctx, p);
    }

    private static Object settingsMap(Settings s, String key) {
        Object v = s.raw(key);
        if (!(v instanceof Map)) {
            throw s.error(key, "must be a mapping of names to values");
        }
        return v;
    }

    /** An absolute http(s) URL; plain http only to this machine (a token must not cross a network in clear). */
    private static URI uri(Settings s, String key, String raw, boolean secret) {
        String shown = secret ? "the URL in that variable" : "'" + raw + "'";
        try {
            URI u = new URI(raw.endsWith("/") && !secret ? raw.substring(0, raw.length() - 1) : raw);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (u.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw s.error(key, shown + " is not an absolute http(s) URL");
            }
            if (scheme.equals("http") && !isLoopback(u.getHost())) {
                throw s.error(key, shown + " uses plain http; use https (plain http is allowed only to localhost)");
            }
            return u;
        } catch (URISyntaxException e) {
            throw s.error(key, shown + " is not a valid URL");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static Set<String> union(Set<String> base, String... more) {
        return union(base, Set.of(more));
    }

    /** {@code base} and {@code more}: the other publish types add {@link #LOGIN_KEYS} to their keys this way. */
    public static Set<String> union(Set<String> base, Set<String> more) {
        java.util.HashSet<String> s = new java.util.HashSet<>(base);
        s.addAll(more);
        return Set.copyOf(s);
    }
}
