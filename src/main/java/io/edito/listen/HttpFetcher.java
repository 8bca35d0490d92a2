package io.edito.listen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a source's URL: a conditional GET (If-None-Match, If-Modified-Since from the last 200 answer), the whole
 * exchange, body included, bounded by the source's timeout (a server that answers slowly or never cannot hold the
 * run), the body bounded in bytes, and bounded retries with a short backoff for connection failures, 5xx and 429.
 */
public final class HttpFetcher {
    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What a fetch gave: a body with its validators, or {@code notModified}. */
    public record Fetched(boolean notModified, byte[] body, String etag, String lastModified) {
    }

    private final HttpClient client;
    private final Sleeper sleeper;
    private final int maxBytes;

    public HttpFetcher(HttpClient client, Sleeper sleeper, int maxBytes) {
        this.client = client;
        this.sleeper = sleeper;
        this.maxBytes = maxBytes;
    }

    public static HttpFetcher defaults() {
        return new HttpFetcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build(), d -> Thread.sleep(d.toMillis()), FeedParser.MAX_BYTES);
    }

    /**
     * GETs {@code uri}.
     *
     * @param previous the validators of the last 200 answer, or empty
     * @param accept   the Accept header
     */
    public Fetched get(URI uri, Optional<MentionStore.FetchState> previous, String accept, Duration timeout,
            int retries) throws SourceException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", "edito")
                .header("Accept", accept).GET();
        previous.ifPresent(p -> {
            if (p.etag() != null) {
                b.header("If-None-Match", p.etag());
            }
            if (p.lastModified() != null) {
                b.header("If-Modified-Since", p.lastModified());
            }
        });
        HttpRequest request = b.build();
        String problem = "no attempt made";
        for (int attempt = 1; attempt <= retries + 1; attempt++) {
            Duration wait = Duration.ofMillis(500L * (1L << Math.min(attempt - 1, 4)));
            CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(request, info -> bounded(info));
            try {
                HttpResponse<byte[]> r = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                int status = r.statusCode();
                if (status == 304) {
                    return new Fetched(true, null, null, null);
                }
                if (status >= 200 && status < 300) {
                    return new Fetched(false, r.body(), r.headers().firstValue("ETag").orElse(null),
                            r.headers().firstValue("Last-Modified").orElse(null));
                }
                problem = "HTTP " + status;
                if (status == 429) {
                    wait = r.headers().firstValue("Retry-After").map(HttpFetcher::seconds).orElse(wait);
                    if (wait.compareTo(timeout) > 0) {
                        throw new SourceException("HTTP 429 (rate limited; retry after " + wait.toSeconds() + "s)");
                    }
                } else if (status < 500) {
                    throw new SourceException("HTTP " + status);
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                problem = "no complete answer within " + describe(timeout);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof TooLarge) {
                    throw new SourceException("answer larger than " + (maxBytes / 1024 / 1024) + " MB");
                }
                if (c instanceof java.net.http.HttpTimeoutException
                        && !(c instanceof java.net.http.HttpConnectTimeoutException)) {
                    // the request's own timeout, the same as the wait above: whichever fires first, one message
                    problem = "no complete answer within " + describe(timeout);
                } else {
                    problem = c instanceof java.net.ConnectException ? "cannot connect" : c instanceof IOException
                            ? "connection failed (" + c.getClass().getSimpleName() + ")" : String.valueOf(c);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceException("interrupted");
            }
            if (attempt <= retries) {
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SourceException("interrupted");
                }
            }
        }
        throw new SourceException(problem + (retries > 0 ? " (after " + (retries + 1) + " attempts)" : ""));
    }

    private static Duration seconds(String v) {
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    /** Thrown inside the body subscriber when the answer grows past the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A body subscriber that keeps at most {@code maxBytes} and fails beyond. */
    private HttpResponse.BodySubscriber<byte[]> bounded(HttpResponse.ResponseInfo info) {
        return new HttpResponse.BodySubscriber<>() {
            private final CompletableFuture<byte[]> result = new CompletableFuture<>();
            private final ByteArrayOutputStream out = new ByteArrayOutputStream();
            private Flow.Subscription subscription;

            @Override
            public CompletionStage<byte[]> getBody() {
                return result;
            }

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(List<ByteBuffer> items) {
                for (ByteBuffer b : items) {
                    if (out.size() + b.remaining() > maxBytes) {
                        subscription.cancel();
                        result.completeExceptionally(new TooLarge());
                        return;
                    }
                    byte[] chunk = new byte[b.remaining()];
                    b.get(chunk);
                    out.write(chunk, 0, chunk.length);
                }
            }

            @Override
            public void onError(Throwable t) {
                result.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                result.complete(out.toByteArray());
            }
        };
    }

    /** The instant a fetch state is saved at. */
    static MentionStore.FetchState state(Fetched f, Instant now) {
        return new MentionStore.FetchState(f.etag(), f.lastModified(), now);
    }
}
