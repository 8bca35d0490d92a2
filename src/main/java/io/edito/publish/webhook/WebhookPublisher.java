package io.edito.publish.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.SentItem;
import io.edito.publish.http.Http;
import io.edito.publish.http.Secrets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs the payload ({@link Payloads#payload}) as JSON with an {@code Idempotency-Key} header (the same for
 * every attempt of a pair) and, when a secret is configured, {@code X-Edito-Signature: sha256=<hex HMAC-SHA256
 * of the body>}. A 2xx answer is a publication; a JSON answer's {@code id} and {@code url} are recorded.
 * The receiver's idempotency cannot be asked about, so a timeout after sending is an unknown outcome for
 * {@code edito ledger resolve}.
 */
public final class WebhookPublisher implements Publisher {
    public static final String SIGNATURE_HEADER = "X-Edito-Signature";
    private final URI url;
    private final String label;
    private final byte[] secret;
    private final Map<String, String> headers;
    private final Http http;

    public WebhookPublisher(URI url, String secret, Map<String, String> headers, Http http) {
        this.url = url;
        this.label = "webhook POST to " + url.getHost();
        this.secret = secret == null ? null : Secrets.utf8(secret);
        this.headers = Map.copyOf(headers);
        this.http = http;
    }

    @Override
    public String type() {
        return "webhook";
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext context) throws PublishFailure {
        byte[] body = Payloads.payloadBytes(request, context.deliveryKey());
        HttpRequest.Builder b = http.request(url)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", context.deliveryKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(b::header);
        if (secret != null) {
            b.header(SIGNATURE_HEADER, signature(secret, body));
        }
        HttpResponse<byte[]> r = http.send(b.build(), label, false);
        String id = null;
        String link = null;
        try {
            JsonNode n = Payloads.JSON.readTree(r.body());
            if (n != null && n.isObject()) {
                id = n.hasNonNull("id") ? n.get("id").asText() : null;
                link = n.hasNonNull("url") ? n.get("url").asText() : null;
            }
        } catch (java.io.IOException | RuntimeException notJson) {
            // a receiver may answer with anything: the 2xx alone says it was accepted
        }
        SentItem item = new SentItem(0, id, link, null);
        context.itemSent(item);
        return Delivery.of(List.of(item));
    }

    @Override
    public boolean canBeAsked() {
        return false;
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext context) {
        return ProbeResult.undecidable("a webhook receiver cannot be asked whether it got the request (its "
                + "Idempotency-Key was " + context.deliveryKey() + "); check the receiver");
    }

    /** {@code sha256=<lowercase hex HMAC-SHA256 of body>}. */
    static String signature(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
