package io.edito.publish;

import io.edito.core.EditoException;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.api.Publisher;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import io.edito.publish.ledger.LedgerEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sends a list of (post, channel) pairs exactly once each, through the ledger:
 * <ol>
 * <li>claim the pair in the ledger (committed {@code pending} before anything goes out, with a lease);</li>
 * <li>for an {@code unknown} row, ask the network first ({@link Publisher#probe}) and send only when that
 * cannot duplicate;</li>
 * <li>send, recording each published item of a thread as it goes;</li>
 * <li>record {@code sent}, {@code failed} (with the next retry) or {@code unknown}.</li>
 * </ol>
 * Pairs already sent are skipped; a pair whose content changed after it was sent is reported and not sent.
 */
public final class PublishRun {
    /**
     * System property for crash tests: {@code network} halts the JVM as soon as the network has answered for an
     * item, before anything about it is recorded; {@code true} halts after the whole pair was sent and its items
     * recorded, before the row is marked sent.
     */
    public static final String HALT_AFTER_SEND_PROPERTY = "edito.test.haltAfterSend";

    /**
     * @param dryRun          decide and report, change nothing, send nothing
     * @param retryFailed     retry failed pairs now, even refused ones or ones whose retry time has not come
     * @param lease           how long a claim holds against runs on other hosts (a dead process on this host
     *                        loses its claims at once)
     * @param maxAttempts     attempts of a pair (across runs) before its failure stops being retried
     * @param retryBase       the wait after the first failed attempt; doubled after each, up to {@code retryMax}
     */
    public record Options(boolean dryRun, boolean retryFailed, Duration lease, int maxAttempts, Duration retryBase,
            Duration retryMax) {
        public static final Options DEFAULT = new Options(false, false, Duration.ofMinutes(15), 8,
                Duration.ofMinutes(5), Duration.ofHours(6));

        public Options withDryRun(boolean d) {
            return new Options(d, retryFailed, lease, maxAttempts, retryBase, retryMax);
        }

        public Options withRetryFailed(boolean r) {
            return new Options(dryRun, r, lease, maxAttempts, retryBase, retryMax);
        }
    }

    private final Ledger ledger;
    /** The publisher of a request's account (null when it has none). */
    private final java.util.function.Function<PublishRequest, Publisher> publishers;
    private final PublishContext ctx;
    private final Options options;
    private final LeaseOwner owner;

    /**
     * @param publishers the publisher of each channel (network id), usually from {@link Publishers#createAll}
     */
    public PublishRun(Ledger ledger, Map<String, Publisher> publishers, PublishContext ctx, Options options) {
        this(ledger, byChannel(Map.copyOf(publishers)), ctx, options);
    }

    private static java.util.function.Function<PublishRequest, Publisher> byChannel(Map<String, Publisher> publishers) {
        return r -> publishers.get(r.channel());
    }

    /**
     * @param publisherOf the publisher of the account a request goes to, null when it has none: in a project of
     *                    several brands, two brands' channels of one id are two accounts (PublishJob)
     */
    public PublishRun(Ledger ledger, java.util.function.Function<PublishRequest, Publisher> publisherOf,
                      PublishContext ctx, Options options) {
        this.ledger = Objects.requireNonNull(ledger);
        this.publishers = Objects.requireNonNull(publisherOf);
        this.ctx = Objects.requireNonNull(ctx);
        this.options = options == null ? Options.DEFAULT : options;
        this.owner = LeaseOwner.current();
    }

    /** Publishes each request in order; one result per request. */
    public List<PublishResult> run(List<PublishRequest> requests) {
        for (PublishRequest r : requests) {
            if (publishers.apply(r) == null) {
                throw EditoException.input("channel " + r.channel() + " has no publish: block in edito.yaml (post "
                        + r.postId() + ")");
            }
        }
        List<PublishResult> results = new ArrayList<>(requests.size());
        for (PublishRequest r : requests) {
            results.add(publish(r));
        }
        return results;
    }

    /** Publishes one request. */
    public PublishResult publish(PublishRequest r) {
        Publisher publisher = publishers.apply(r);
        if (publisher == null) {
            throw EditoException.input("channel " + r.channel() + " has no publish: block in edito.yaml");
        }
        Ledger.Claim claim = ledger.claim(r, publisher.deliveryKey(r), owner, now(), options.lease(),
                options.retryFailed(), options.dryRun());
        LedgerEntry e = claim.entry();
        if (claim.action() == Ledger.Claim.Action.SKIP) {
            return result(r, claim.status(), e, claim.detail());
        }
        if (options.dryRun()) {
            String what = claim.action() == Ledger.Claim.Action.PROBE
                    ? "outcome unknown (#" + e.id() + "): would ask the network, then send only if safe"
                    : e.attempts() > 1 ? "would retry (attempt " + e.attempts() + ")" : null; // the status says it all
            return new PublishResult(r.postId(), r.channel(), r.contentHash(), PublishStatus.WOULD_SEND,
                    e.attempts() > 1 || claim.action() == Ledger.Claim.Action.PROBE ? e.id() : 0, null, null, what,
                    null, e.attempts());
        }
        long id = e.id();
        if (claim.action() == Ledger.Claim.Action.PROBE) {
            ProbeResult probe;
            try {
                probe = publisher.probe(r, context(e));
            } catch (RuntimeException ex) {
                probe = ProbeResult.undecidable("asking the network failed: " + safeMessage(ex));
            }
            switch (probe.answer()) {
                case FOUND -> {
                    ledger.markSent(id, probe.delivery(), now(), "probe");
                    return result(r, PublishStatus.SENT, reread(id), "an earlier attempt had reached the network");
                }
                case UNDECIDABLE -> {
                    String why = ctx.redactor().redact(probe.reason()) + "; decide with: edito ledger resolve " + id
                            + " --as sent|failed";
                    ledger.markUnknown(id, why, now());
                    return result(r, PublishStatus.UNKNOWN, reread(id), why);
                }
                case SAFE_TO_SEND -> {
                    ledger.toPending(id, now(), "probe: " + ctx.redactor().redact(probe.reason()));
                    e = reread(id);
                }
                default -> throw new IllegalStateException(probe.answer().name());
            }
        }
        return send(r, publisher, e);
    }

    /** What happens to a row whose outcome is not known: the next run asks the network, or a person decides. */
    private static String afterUnknown(Publisher publisher, long id) {
        return publisher.canBeAsked() ? "; the next run asks the network before sending again"
                : "; it cannot be asked whether it got it: check it, then edito ledger resolve " + id + " --as sent|failed";
    }

    private PublishResult send(PublishRequest r, Publisher publisher, LedgerEntry e) {
        long id = e.id();
        Delivery d;
        try {
            d = publisher.publish(r, context(e));
        } catch (PublishFailure f) {
            String msg = ctx.redactor().redact(f.getMessage());
            switch (f.kind()) {
                case UNKNOWN -> {
                    String why = msg + afterUnknown(publisher, id);
                    ledger.markUnknown(id, why, now());
                    return result(r, PublishStatus.UNKNOWN, reread(id), why);
                }
                case REJECTED -> {
                    ledger.markFailed(id, msg, true, null, now());
                    return result(r, PublishStatus.FAILED, reread(id), msg);
                }
                default -> {
                    boolean giveUp = e.attempts() >= options.maxAttempts();
                    Instant next = giveUp ? null : nextRetry(e.attempts(), f.retryAfter());
                    String why = giveUp ? msg + " (gave up after " + e.attempts() + " attempts)" : msg;
                    ledger.markFailed(id, why, giveUp, next, now());
                    return result(r, PublishStatus.FAILED, reread(id), why);
                }
            }
        } catch (RuntimeException ex) {
            // a bug or an unexpected answer after the request may have gone out: never assume it did not
            String why = "unexpected error while sending: " + safeMessage(ex) + afterUnknown(publisher, id);
            ledger.markUnknown(id, why, now());
            return result(r, PublishStatus.UNKNOWN, reread(id), why);
        }
        if ("true".equals(System.getProperty(HALT_AFTER_SEND_PROPERTY))) {
            Runtime.getRuntime().halt(86);
        }
        ledger.markSent(id, d, now(), "network");
        return result(r, PublishStatus.SENT, reread(id), null);
    }

    private DeliveryContext context(LedgerEntry e) {
        long id = e.id();
        return new DeliveryContext(e.deliveryKey(), e.createdAt(), e.items(), item -> {
            if ("network".equals(System.getProperty(HALT_AFTER_SEND_PROPERTY))) {
                Runtime.getRuntime().halt(86);
            }
            ledger.recordItem(id, item, now());
        });
    }

    private Instant nextRetry(int attempts, Instant retryAfter) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration wait = options.retryBase().multipliedBy(factor);
        if (wait.compareTo(options.retryMax()) > 0) {
            wait = options.retryMax();
        }
        // in whole seconds, down (a run exactly one wait later finds it due): the time is told in the ledger's messages
        // (next retry after 09:06:00Z, not 09:06:00.059302485Z); a network's retry-after is kept as it said
        Instant next = now().plus(wait).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        return retryAfter != null && retryAfter.isAfter(next) ? retryAfter : next;
    }

    private String safeMessage(RuntimeException ex) {
        String m = ex.getMessage();
        return ctx.redactor().redact(ex.getClass().getSimpleName() + (m == null ? "" : ": " + m));
    }

    private LedgerEntry reread(long id) {
        return ledger.get(id).orElseThrow();
    }

    private Instant now() {
        return ctx.clock().instant();
    }

    private static PublishResult result(PublishRequest r, PublishStatus status, LedgerEntry e, String detail) {
        return new PublishResult(r.postId(), r.channel(), r.contentHash(), status, e == null ? 0 : e.id(),
                e == null ? null : e.remoteId(), e == null ? null : e.remoteUrl(), detail,
                e == null ? null : e.nextRetry(), e == null ? 0 : e.attempts());
    }
}
