package io.edito.publish.api;

import java.util.List;

/**
 * What the network answered for a published pair: the id and public URL of the first item, and every item of
 * the thread.
 */
public record Delivery(String remoteId, String url, List<SentItem> items) {
    public Delivery {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static Delivery of(List<SentItem> items) {
        if (items.isEmpty()) {
            return new Delivery(null, null, items);
        }
        return new Delivery(items.get(0).remoteId(), items.get(0).url(), items);
    }
}
