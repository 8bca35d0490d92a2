package io.edito.listen;

import io.edito.core.EditoException;
import io.edito.core.Sha256;
import io.edito.core.SourcePos;
import io.edito.publish.Publishers;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.PublishContext;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishTarget;
import io.edito.publish.api.Publisher;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Sends alerts to {@code listening.alerts.notify} through the publishers' webhook or command type (same settings,
 * same retries, same {@code X-Edito-Signature}): an alert goes out as a publish payload whose {@code post} is
 * {@code alert-<kind>}, {@code channel} is {@code alerts} and {@code text} is the alert's line; its idempotency key
 * is derived from the alert's key, so a receiver can drop a repeat.
 */
public final class AlertNotifier {
    static final String CHANNEL = "alerts";
    private final Map<String, Object> settings;
    private final SourcePos pos;
    private final PublishContext context;
    private Publisher publisher;

    public AlertNotifier(Map<String, Object> settings, SourcePos pos, PublishContext context) {
        this.settings = settings;
        this.pos = pos;
        this.context = context;
    }

    /** Sends {@code a}; throws a one-line failure (input error for bad settings, runtime error for a failed send). */
    public void send(Alert a) {
        Publisher p = publisher();
        PublishRequest r = PublishRequest.simple("alert-" + a.kind(), CHANNEL, a.message(),
                a.firedAt().atOffset(ZoneOffset.UTC));
        try {
            p.publish(r, new DeliveryContext(key(a), a.firedAt(), List.of(), null));
        } catch (PublishFailure e) {
            throw EditoException.runtime("alert not sent to notify (" + e.getMessage() + "); the next run tries again",
                    e);
        }
    }

    private Publisher publisher() {
        if (publisher == null) {
            try {
                publisher = Publishers.create(new PublishTarget(CHANNEL, settings, pos), context);
            } catch (EditoException e) {
                String d = e.detail().replace("channels." + CHANNEL + ".publish.", "listening.alerts.notify.");
                throw EditoException.input(pos, d);
            }
        }
        return publisher;
    }

    static String key(Alert a) {
        return "edito-alert-" + Sha256.hex128(a.key());
    }
}
