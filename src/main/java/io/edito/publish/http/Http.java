package io.edito.publish.http;

import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * One HTTP exchange with retries. Connection failures before anything was sent and 5xx answers are retried with
 * backoff; 429 waits for Retry-After; other 4xx are returned to the caller at once. A timeout or connection
 * reset after the request went out is retried only when the request is safe to repeat (it carries an
 * idempotency key the server honours, or a fixed record key); otherwise it is an {@code UNKNOWN} outcome.
 */
public final class Http {
    private final PublishContext ctx;
    private final RetryPolicy policy;
    private final String resetHeader;
    private final java.util.function.Predicate<byte[]> final429;

    public Http(PublishContext ctx, RetryPolicy policy) {
        this(ctx, policy, null, null);
    }

    private Http(PublishContext ctx, RetryPolicy policy, String resetHeader,
            java.util.function.Predicate<byte[]> final429) {
        this.ctx = ctx;
        this.policy = policy;
        this.resetHeader = resetHeader;
        this.final429 = final429;
    }

    /**
     * This client for a network that tells when its rate-limit window ends in a header of epoch seconds
     * ({@code x-rate-limit-reset}) rather than Retry-After: a 429 without Retry-After waits until then (or fails for
     * now beyond the policy's {@code maxRetryAfter}); a 429 whose body {@code permanent} recognises (a spent monthly
     * cap) is returned to the caller like another 4xx, never waited for.
     */
    public Http withRateLimitReset(String header, java.util.function.Predicate<byte[]> permanent) {
        return new Http(ctx, policy, header, permanent);
    }

    public RetryPolicy policy() {
        return policy;
    }

    /** A request builder with the policy's response timeout. */
    public HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(policy.requestTimeout()).header("User-Agent", "edito");
    }

    /**
     * Sends until a non-retryable answer: returns any 2xx or 4xx response (the caller decides), throws
     * {@link PublishFailure} when retries are exhausted or the outcome is unknown.
     *
     * @param label        what to call the request in messages (no secrets: a method and path, or a host)
     * @param safeToRepeat true when sending twice cannot publish twice
     */
    public HttpResponse<byte[]> exchange(HttpRequest request, String label, boolean safeToRepeat) throws PublishFailure {
        return exchange(request, label, safeToRepeat, null);
    }

    /** Asked before a request is sent again: whether what it was to do is already done (then it is not sent). */
    public interface BeforeRetry {
        boolean done() throws PublishFailure;
    }

    /**
     * {@link #exchange(HttpRequest, String, boolean)} that asks {@code beforeRetry} (when not null) before every
     * attempt after the first (before waiting for it), whatever went wrong (a 5xx, a timeout, a connection lost): a request whose effect
     * can be looked up is never sent again blindly. Not after a 429: the server refused the request unprocessed.
     *
     * @return the answer, or null when {@code beforeRetry} found the work done
     */
    public HttpResponse<byte[]> exchange(HttpRequest request, String label, boolean safeToRepeat, BeforeRetry beforeRetry)
            throws PublishFailure {
        return exchange(() -> request, label, safeToRepeat, beforeRetry);
    }

    /**
     * {@link #exchange(HttpRequest, String, boolean, BeforeRetry)} with the request built anew for each attempt (a
     * request signed with a nonce and a timestamp is never sent twice as it was).
     */
    public HttpResponse<byte[]> exchange(java.util.function.Supplier<HttpRequest> requests, String label,
            boolean safeToRepeat, BeforeRetry beforeRetry) throws PublishFailure {
        String lastProblem = "no attempt made";
        boolean maybeReceived = false;
        for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
            Duration wait;
            boolean refused = false; // a 429: the server did not process the request, nothing to look for
            try {
                HttpResponse<byte[]> response = ctx.http().send(requests.get(), HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status < 300 || (status >= 400 && status < 500 && status != 429 && status != 408)) {
                    return response;
                }
                if (status == 429 && final429 != null && final429.test(response.body())) {
                    return response;
                }
                lastProblem = label + ": HTTP " + status + excerpt(response.body());
                if (status == 429) {
                    refused = true;
                    Duration asked = retryAfter(response);
                    if (asked != null && asked.compareTo(policy.maxRetryAfter()) > 0) {
                        throw new PublishFailure(PublishFailure.Kind.TRANSIENT,
                                ctx.redactor().redact(lastProblem + " (rate limited; retry after " + asked.toSeconds()
                                        + "s)"), ctx.clock().instant().plus(asked));
                    }
                    wait = asked != null ? asked : policy.backoff(attempt, ctx.random());
                } else if (status >= 300 && status < 400) {
                    throw new PublishFailure(PublishFailure.Kind.REJECTED, ctx.redactor().redact(label
                            + ": HTTP " + status + " redirect to " + response.headers().firstValue("Location")
                                    .orElse("?") + " (edito does not follow redirects; fix the URL)"));
                } else {
                    wait = policy.backoff(attempt, ctx.random());
                }
            } catch (HttpConnectTimeoutException | ConnectException e) {
                lastProblem = label + ": cannot connect (" + describe(e) + ")";
                wait = policy.backoff(attempt, ctx.random());
            } catch (HttpTimeoutException e) {
                lastProblem = label + ": no response within " + policy.requestTimeout().toMillis() + " ms";
                if (!safeToRepeat) {
                    throw unknown(lastProblem);
                }
                maybeReceived = true;
                wait = policy.backoff(attempt, ctx.random());
            } catch (IOException e) {
                lastProblem = label + ": connection lost after sending (" + describe(e) + ")";
                if (!safeToRepeat) {
                    throw unknown(lastProblem);
                }
                maybeReceived = true;
                wait = policy.backoff(attempt, ctx.random());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unknown(label + ": interrupted while waiting for the answer");
            }
            if (attempt < policy.maxAttempts()) {
                if (beforeRetry != null && !refused && beforeRetry.done()) {
                    return null;
                }
                ctx.sleeper().sleep(wait);
            }
        }
        // the tries of this run's request, not the ledger's attempts across runs: said only when there were several
        String msg = ctx.redactor().redact(lastProblem + (policy.maxAttempts() == 1 ? ""
                : " (tried " + policy.maxAttempts() + " times in this run)"));
        if (maybeReceived) {
            throw new PublishFailure(PublishFailure.Kind.UNKNOWN, msg);
        }
        throw new PublishFailure(PublishFailure.Kind.TRANSIENT, msg);
    }

    /** {@link #exchange} that also turns a 4xx into a {@code REJECTED} failure. */
    public HttpResponse<byte[]> send(HttpRequest request, String label, boolean safeToRepeat) throws PublishFailure {
        HttpResponse<byte[]> r = exchange(request, label, safeToRepeat);
        if (r.statusCode() >= 300) {
            throw rejected(label, r);
        }
        return r;
    }

    public PublishFailure rejected(String label, HttpResponse<byte[]> r) {
        return new PublishFailure(PublishFailure.Kind.REJECTED,
                ctx.redactor().redact(label + ": HTTP " + r.statusCode() + excerpt(r.body())));
    }

    private PublishFailure unknown(String message) {
        return new PublishFailure(PublishFailure.Kind.UNKNOWN, ctx.redactor().redact(message));
    }

    private Duration retryAfter(HttpResponse<?> response) {
        String v = response.headers().firstValue("Retry-After").orElse(null);
        if (v == null && resetHeader != null) {
            String reset = response.headers().firstValue(resetHeader).orElse(null);
            try {
                Duration d = reset == null ? null : Duration.between(ctx.clock().instant(),
                        Instant.ofEpochSecond(Long.parseLong(reset.trim())));
                return d == null ? null : d.isNegative() ? Duration.ZERO : d;
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return null;
            }
        }
        if (v == null) {
            return null;
        }
        v = v.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant when = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(ctx.clock().instant(), when);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static final java.util.regex.Pattern HTML_TITLE = java.util.regex.Pattern.compile(
            "<title[^>]*>([^<]*)</title>", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern HTML_PAGE = java.util.regex.Pattern.compile(
            "^\\s*<(?:!doctype html|html)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The first 300 characters of an error body, on one line; of an HTML error page (a proxy's, a web server's), its
     * title, else its text without the tags: the page itself in a cron mail or a ledger row says nothing more.
     */
    public static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String s = new String(body, StandardCharsets.UTF_8);
        if (HTML_PAGE.matcher(s).find()) {
            java.util.regex.Matcher title = HTML_TITLE.matcher(s);
            s = title.find() && !title.group(1).isBlank() ? "HTML page '" + title.group(1).strip() + "'"
                    : s.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        }
        s = s.replaceAll("\\s+", " ").strip();
        if (s.length() > 300) {
            s = s.substring(0, 300) + "...";
        }
        return s.isEmpty() ? "" : ": " + s;
    }
}
