package io.edito.publish;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * What publishers and the engine take from the outside world, injectable for tests: the repository root
 * (relative paths in settings and media resolve against it), the environment (secrets), the clock, the sleeper
 * used between retries, the jitter source, the HTTP client and the redactor that knows the secrets read.
 */
public record PublishContext(Path baseDir, Map<String, String> env, Clock clock, Sleeper sleeper,
        RandomGenerator random, HttpClient http, Redactor redactor) {

    public PublishContext {
        Objects.requireNonNull(baseDir, "baseDir");
        env = env == null ? Map.of() : Map.copyOf(env);
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.REAL : sleeper;
        random = random == null ? new Random() : random;
        http = http == null ? defaultHttpClient() : http;
        redactor = redactor == null ? new Redactor() : redactor;
    }

    /** The production context: real clock, real sleeps, the process environment. */
    public static PublishContext of(Path baseDir, Map<String, String> env) {
        return new PublishContext(baseDir, env, null, null, null, null, null);
    }

    public PublishContext withClockAndSleeper(Clock newClock, Sleeper newSleeper) {
        return new PublishContext(baseDir, env, newClock, newSleeper, random, http, redactor);
    }

    /** HTTP/1.1 (every API used speaks it; no h2c upgrade dance), 10 s to connect, redirects not followed. */
    public static HttpClient defaultHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
