package io.edito.publish.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a publisher knows about the ledger row it works for.
 *
 * @param deliveryKey    the row's key (see {@link Publisher#deliveryKey})
 * @param firstAttemptAt when the row was first claimed: the start of the idempotency window
 * @param sentItems      items already published by earlier attempts (resume a thread, never repeat it)
 * @param progress       called, and committed to the ledger, after each newly published item
 */
public record DeliveryContext(String deliveryKey, Instant firstAttemptAt, List<SentItem> sentItems,
        Consumer<SentItem> progress) {

    public DeliveryContext {
        sentItems = sentItems == null ? List.of() : List.copyOf(sentItems);
        progress = progress == null ? i -> { } : progress;
    }

    public Optional<SentItem> sent(int index) {
        return sentItems.stream().filter(i -> i.index() == index).findFirst();
    }

    public void itemSent(SentItem item) {
        progress.accept(item);
    }

    /** Sends one item of a post. */
    @FunctionalInterface
    public interface Send {
        SentItem send() throws PublishFailure;
    }

    /**
     * Item {@code index} as an earlier attempt published it, else published now by {@code send} and recorded at once
     * (a run that dies after it resumes past it).
     */
    public SentItem sentOr(int index, Send send) throws PublishFailure {
        SentItem item = sent(index).orElse(null);
        if (item == null) {
            item = send.send();
            itemSent(item);
        }
        return item;
    }

    /** The idempotency key of item {@code index} (0 is the post itself and uses the row's key). */
    public String itemKey(int index) {
        return index == 0 ? deliveryKey : deliveryKey + "-" + index;
    }
}
