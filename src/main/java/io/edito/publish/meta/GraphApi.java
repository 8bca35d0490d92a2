package io.edito.publish.meta;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.AccessToken;
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
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Calls to a Meta Graph API host (graph.facebook.com / graph.instagram.com for Instagram, graph.threads.net for
 * Threads) with the token as the documented {@code access_token} parameter (form body of a POST, query of a GET),
 * taken from the {@link AccessToken} before each request.
 *
 * <p>Graph errors are told with their code and message. 190 (token expired or invalid): the token is renewed once
 * ({@link AccessToken#renew}) and the request sent once more. Throttling (4, 17, 32, 341, 613, 80001, 80002) is
 * waited for when short (Retry-After, else {@code estimated_time_to_regain_access} of
 * {@code X-Business-Use-Case-Usage}, else the policy's backoff), else the pair fails for now with its retry time.
 * Temporary errors (1, 2) are retried after {@code beforeRetry} looked for the work. Subcode 2207042 (the
 * publishing quota reached) fails for now, retried an hour later.
 */
public final class GraphApi {
    static final Set<Integer> THROTTLED = Set.of(4, 17, 32, 341, 613, 80001, 80002);
    static final Set<Integer> TEMPORARY = Set.of(1, 2);
    /** "The app user has reached the maximum number of posts" (publishing quota), seen at media_publish. */
    static final int QUOTA_REACHED = 2207042;
    /** How long a full publishing quota (a moving 24-hour window) is left alone before the next try. */
    static final Duration QUOTA_RETRY = Duration.ofHours(1);

    private final URI base;
    private final AccessToken token;
    private final Http http;
    private final PublishContext ctx;
    private final String network;
    private final String permissions;

    /**
     * @param network     how messages name it ("Instagram")
     * @param permissions what a permission error says the token lacks
     */
    public GraphApi(URI base, AccessToken token, Http http, PublishContext ctx, String network, String permissions) {
        this.base = base;
        this.token = token;
        this.http = http;
        this.ctx = ctx;
        this.network = network;
        this.permissions = permissions;
    }

    public Http http() {
        return http;
    }

    public PublishContext ctx() {
        return ctx;
    }

    /** A request built with the token to send now. */
    interface Build {
        HttpRequest with(String accessToken);
    }

    /** {@code POST path} with {@code form} (and the token) as an urlencoded body. */
    public JsonNode post(String path, Map<String, String> form, boolean safeToRepeat, Http.BeforeRetry beforeRetry)
            throws PublishFailure {
        return call(t -> {
            StringBuilder sb = new StringBuilder();
            form.forEach((k, v) -> sb.append(enc(k)).append('=').append(enc(v)).append('&'));
            sb.append("access_token=").append(enc(t));
            return http.request(api(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Secrets.utf8(sb.toString()))).build();
        }, "POST " + path, safeToRepeat, beforeRetry);
    }

    /** {@code GET path?query} (a read: safe to repeat). */
    public JsonNode get(String path, String query) throws PublishFailure {
        return call(t -> http.request(api(path + "?" + query + "&access_token=" + enc(t))).GET().build(),
                "GET " + path, true, null);
    }

    private URI api(String path) {
        return URI.create(base.toString() + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends until the API answers for good.
     *
     * @return the JSON answer, or null when {@code beforeRetry} found the work done
     */
    JsonNode call(Build request, String label, boolean safeToRepeat, Http.BeforeRetry beforeRetry)
            throws PublishFailure {
        int max = http.policy().maxAttempts();
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            String t = token.value();
            HttpResponse<byte[]> r = http.exchange(request.with(t), label, safeToRepeat, beforeRetry);
            if (r == null) {
                return null;
            }
            if (r.statusCode() < 300) {
                return JsonBodies.read(r, label);
            }
            GraphError e = GraphError.of(r.body());
            if (e != null && (e.code() == 190 || e.code() == 102) && !renewed) {
                // refused as expired or invalid: nothing was done; renew once and send once more
                try {
                    token.renew(t);
                } catch (PublishFailure f) {
                    throw new PublishFailure(f.kind(), ctx.redactor().redact(label + ": " + network + " " + e.describe() + "; "
                            + f.getMessage()));
                }
                renewed = true;
                attempt--;
                continue;
            }
            boolean throttled = e != null && THROTTLED.contains(e.code());
            boolean temporary = e != null && TEMPORARY.contains(e.code());
            if ((throttled || temporary) && attempt < max) {
                Duration wait = throttled ? asked(r) : null;
                wait = wait != null ? wait : http.policy().backoff(attempt, ctx.random());
                if (wait.compareTo(http.policy().maxRetryAfter()) > 0) {
                    throw new PublishFailure(PublishFailure.Kind.TRANSIENT, ctx.redactor().redact(label + ": "
                            + e.describe() + " (rate limited; edito retries after " + wait.toSeconds() + "s)"),
                            ctx.clock().instant().plus(wait));
                }
                // throttled: not processed, nothing to look for; a temporary error may have been processed
                if (temporary && beforeRetry != null && beforeRetry.done()) {
                    return null;
                }
                ctx.sleeper().sleep(wait);
                continue;
            }
            throw failure(label, r, e, attempt, renewed);
        }
    }

    private PublishFailure failure(String label, HttpResponse<byte[]> r, GraphError e, int attempts, boolean renewed) {
        if (e == null) {
            return http.rejected(label, r);
        }
        String head = label + ": " + network + " " + e.describe();
        PublishFailure.Kind kind = PublishFailure.Kind.REJECTED;
        String tail;
        java.time.Instant retryAt = null;
        if (e.code() == 190 || e.code() == 102) {
            tail = renewed ? "; refused again with the renewed token: " + token.howToRenew() + " (not retried)"
                    : "; " + token.howToRenew() + " (not retried)";
        } else if (e.subcode() != null && e.subcode() == QUOTA_REACHED) {
            kind = PublishFailure.Kind.TRANSIENT;
            retryAt = ctx.clock().instant().plus(QUOTA_RETRY);
            tail = " (the account's publishing quota for 24 hours is used up; edito retries in an hour)";
        } else if (e.code() == 10 || e.code() == 3 || (e.code() >= 200 && e.code() <= 299)) {
            tail = "; the token lacks a permission (" + permissions + ") (not retried)";
        } else if (THROTTLED.contains(e.code())) {
            kind = PublishFailure.Kind.TRANSIENT;
            tail = " (rate limited, still after " + attempts + " attempts; retried by a later run)";
        } else if (TEMPORARY.contains(e.code())) {
            kind = PublishFailure.Kind.TRANSIENT;
            tail = " (temporary, still after " + attempts + " attempts; retried by a later run)";
        } else {
            tail = " (refused; not retried)";
        }
        return new PublishFailure(kind, ctx.redactor().redact(head + tail), retryAt);
    }

    /**
     * The wait the answer asks for: {@code Retry-After} (seconds), else the largest
     * {@code estimated_time_to_regain_access} (minutes) of {@code X-Business-Use-Case-Usage}, else null.
     */
    static Duration asked(HttpResponse<byte[]> r) {
        String v = r.headers().firstValue("Retry-After").orElse(null);
        if (v != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(v.trim())));
            } catch (NumberFormatException ex) {
                // an HTTP date or garbage: look at the usage header
            }
        }
        String usage = r.headers().firstValue("X-Business-Use-Case-Usage").orElse(null);
        JsonNode u = usage == null ? null : JsonBodies.tryRead(Secrets.utf8(usage));
        long minutes = -1;
        if (u != null) {
            for (JsonNode perBusiness : u) {
                for (JsonNode entry : perBusiness) {
                    minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(-1));
                }
            }
        }
        return minutes > 0 ? Duration.ofMinutes(minutes) : null;
    }
}
