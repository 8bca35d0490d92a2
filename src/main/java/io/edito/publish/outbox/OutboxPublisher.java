package io.edito.publish.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edito.core.AtomicFiles;
import io.edito.core.Sha256;
import io.edito.publish.api.Delivery;
import io.edito.publish.api.DeliveryContext;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.ProbeResult;
import io.edito.publish.api.PublishFailure;
import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.Publisher;
import io.edito.publish.api.SentItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one JSON file per (post, channel) into a directory, atomically (readers never see half a file): for a
 * person or another tool to publish from. The file name is {@code <post>--<channel>.json}; its content is the
 * payload of {@link Payloads#payload}. A file already there with the same content hash is this pair published.
 */
public final class OutboxPublisher implements Publisher {
    private final Path dir;

    public OutboxPublisher(Path dir) {
        this.dir = dir;
    }

    @Override
    public String type() {
        return "outbox";
    }

    Path fileFor(PublishRequest r) {
        return dir.resolve(safe(r.postId()) + "--" + safe(r.channel()) + ".json");
    }

    @Override
    public Delivery publish(PublishRequest request, DeliveryContext context) throws PublishFailure {
        Path file = fileFor(request);
        try {
            String json = Payloads.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(Payloads.payload(request, context.deliveryKey())) + "\n";
            AtomicFiles.writeString(file, json);
        } catch (IOException | RuntimeException e) {
            throw new PublishFailure(PublishFailure.Kind.TRANSIENT, "cannot write outbox file " + file + ": "
                    + e.getMessage());
        }
        SentItem item = new SentItem(0, file.getFileName().toString(), file.toUri().toString(), null);
        context.itemSent(item);
        return Delivery.of(List.of(item));
    }

    @Override
    public ProbeResult probe(PublishRequest request, DeliveryContext context) {
        Path file = fileFor(request);
        if (!Files.isRegularFile(file)) {
            return ProbeResult.safeToSend("no outbox file " + file.getFileName());
        }
        try {
            JsonNode n = Payloads.JSON.readTree(file.toFile());
            if (n != null && request.contentHash().equals(n.path("content_hash").asText())) {
                return ProbeResult.found(Delivery.of(List.of(
                        new SentItem(0, file.getFileName().toString(), file.toUri().toString(), null))));
            }
            return ProbeResult.safeToSend("outbox file " + file.getFileName() + " holds other content");
        } catch (IOException e) {
            return ProbeResult.safeToSend("outbox file " + file.getFileName() + " is unreadable: rewriting it");
        }
    }

    /**
     * A file-name-safe form of an id: letters, digits, dot, underscore and hyphen kept; any other character
     * becomes _ and a short hash of the original is appended, so two ids never share a file.
     */
    public static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.startsWith(".")) {
            s = "_" + s.substring(1);
        }
        if (!s.equals(id) || s.isEmpty()) {
            s = s + "-" + Sha256.hex(id).substring(0, 8);
        }
        return s;
    }
}
