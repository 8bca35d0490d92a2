package io.edito.publish;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.Sleeper;
import io.edito.publish.ledger.LeaseOwner;
import io.edito.publish.ledger.Ledger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Shared helpers: a clock tests move by hand, a sleeper that records instead of sleeping. */
final class TestSupport {
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 9, 9, 30, 0, 0, ZoneOffset.ofHours(1));

    private TestSupport() {
    }

    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Records each requested wait and advances the clock by it, so Retry-After logic sees time pass. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
        private final MutableClock clock;

        RecordingSleeper(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public void sleep(Duration d) {
            waits.add(d);
            clock.advance(d);
        }
    }

    static PublishContext context(Path base, Map<String, String> env, MutableClock clock, Sleeper sleeper) {
        return new PublishContext(base, env, clock, sleeper, new Random(42), PublishContext.defaultHttpClient(),
                null);
    }

    static PublishRequest post(String id, String channel, String text) {
        return PublishRequest.simple(id, channel, text, AT);
    }

    /** What a run that died left in {@code ledger}: {@code r} claimed for {@code p} by a process that no longer runs. */
    static Ledger.Claim claimedByDeadRun(Ledger ledger, Publisher p, PublishRequest r, Clock clock) {
        LeaseOwner dead = new LeaseOwner(LeaseOwner.hostName(), PublishRunTest.deadPid(), 1, "dead0001");
        return ledger.claim(r, p.deliveryKey(r), dead, clock.instant(), Duration.ofMinutes(15), false, false);
    }

    /**
     * The run that held {@code c} dies once its first item went out: the item is recorded in {@code ledger}, then the
     * process is killed (before a comment, a reply or the publication of a recorded container).
     */
    static void diesAfterRecordingTheFirstItem(Ledger ledger, Publisher p, PublishRequest r, Ledger.Claim c,
                                               Clock clock) {
        assertThatThrownBy(() -> p.publish(r, new DeliveryContext(c.entry().deliveryKey(), clock.instant(), List.of(),
                item -> {
                    ledger.recordItem(c.entry().id(), item, clock.instant());
                    throw new IllegalStateException("killed");
                }))).hasMessage("killed");
    }
}
