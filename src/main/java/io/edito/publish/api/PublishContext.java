package io.edito.publish.api;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;

/**
 * What publishers and the engine take from the outside world, injectable for tests: the repository root
 * (relative paths in settings and media resolve against it), the environment (secrets), the clock, the sleeper
 * used between retries, the jitter source, the HTTP client and the redactor that knows the secrets read.
 *
 * @param http          the client to send with; null for the default one ({@link #http()})
 * @param missingSecret null for a run that sends: a secret whose variable is not set is an input error. For a dry
 *                      run, which sends nothing: told (the variable's name, then the message naming file, line and
 *                      key) and replaced by an empty value
 * @param sendClock     the time of sending, which records sent to a network carry (a Bluesky post's createdAt): the
 *                      wall clock even when {@code clock} is a run's {@code --at} clock; null for {@code clock}
 */
public record PublishContext(Path baseDir, Map<String, String> env, Clock clock, Sleeper sleeper,
        RandomGenerator random, HttpClient http, Redactor redactor, BiConsumer<String, String> missingSecret,
        Clock sendClock) {

    public PublishContext(Path baseDir, Map<String, String> env, Clock clock, Sleeper sleeper, RandomGenerator random,
            HttpClient http, Redactor redactor, BiConsumer<String, String> missingSecret) {
        this(baseDir, env, clock, sleeper, random, http, redactor, missingSecret, null);
    }

    public PublishContext(Path baseDir, Map<String, String> env, Clock clock, Sleeper sleeper, RandomGenerator random,
            HttpClient http, Redactor redactor) {
        this(baseDir, env, clock, sleeper, random, http, redactor, null);
    }

    public PublishContext {
        Objects.requireNonNull(baseDir, "baseDir");
        env = env == null ? Map.of() : Map.copyOf(env);
        clock = clock == null ? Clock.systemUTC() : clock;
        sleeper = sleeper == null ? Sleeper.REAL : sleeper;
        random = random == null ? new Random() : random;
        redactor = redactor == null ? new Redactor() : redactor;
        sendClock = sendClock == null ? clock : sendClock;
    }

    /** The production context: real clock, real sleeps, the process environment. */
    public static PublishContext of(Path baseDir, Map<String, String> env) {
        return new PublishContext(baseDir, env, null, null, null, null, null);
    }

    public PublishContext withClockAndSleeper(Clock newClock, Sleeper newSleeper) {
        return new PublishContext(baseDir, env, newClock, newSleeper, random, http, redactor, missingSecret, null);
    }

    /**
     * The same context with another clock (a run at {@code --at}: every time it records follows that clock); the
     * time of sending stays this context's.
     */
    public PublishContext withClock(Clock newClock) {
        return new PublishContext(baseDir, env, newClock, sleeper, random, http, redactor, missingSecret, sendClock);
    }

    /** The same context with a clock that reads {@code at} now and runs on from there (a run at {@code --at}). */
    public PublishContext startingAt(Instant at) {
        return withClock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at)));
    }

    /** For a dry run: a secret whose variable is not set is told to {@code told} instead of stopping the run. */
    public PublishContext tolerateMissingSecrets(BiConsumer<String, String> told) {
        return new PublishContext(baseDir, env, clock, sleeper, random, http, redactor, Objects.requireNonNull(told),
                sendClock);
    }

    /** What {@link #forValidation} tolerates missing secrets with: nothing is told, nothing is read. */
    private static final BiConsumer<String, String> VALIDATING = (variable, message) -> { };

    /**
     * For {@code validate} and {@code check}: the settings are read and judged as {@code publish} judges them, but no
     * secret is read (neither from the environment nor from a credentials file, which live where publishing runs,
     * not where the calendar is checked) and nothing is sent.
     */
    public static PublishContext forValidation(Path baseDir) {
        return new PublishContext(baseDir, Map.of(), null, null, null, null, null, VALIDATING);
    }

    /** Whether this context only validates settings ({@link #forValidation}). */
    public boolean validating() {
        return missingSecret == VALIDATING;
    }

    /**
     * The HTTP client: the one given, or else {@link #defaultHttpClient}, made on first use and shared. {@code check}
     * and {@code validate} judge the publishers' settings through a context but never send: making the client there
     * (an SSL context, which loads and parses the JDK's trusted certificates) was a quarter of the start-up of
     * {@code check examples/atlas-air} (docs/performance.md, session 8).
     */
    @Override
    public HttpClient http() {
        return http != null ? http : DefaultClient.INSTANCE;
    }

    /** Holder of the shared default client: made when {@link #http()} is first asked for it, not before. */
    private static final class DefaultClient {
        static final HttpClient INSTANCE = defaultHttpClient();
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
