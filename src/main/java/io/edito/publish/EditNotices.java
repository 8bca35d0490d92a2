package io.edito.publish;

import io.edito.publish.api.PublishRequest;
import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import io.edito.publish.ledger.Ledger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs published with other content than the calendar now has (edited after publication): never sent again, and
 * told about once per pair and content hash (the ledger's notices remember it), so that the person who fixed a
 * typo learns that the fix did not go out, and cron does not mail it on every run.
 */
public final class EditNotices {
    private EditNotices() {
    }

    /**
     * One {@link PublishStatus#EDITED_AFTER_PUBLISH} result per request whose pair is published with other content
     * and was not told about yet with this content. With {@code dryRun} nothing is recorded and every such pair is
     * told.
     */
    public static List<PublishResult> report(Ledger ledger, List<PublishRequest> requests, Instant now,
            boolean dryRun) {
        List<PublishResult> out = new ArrayList<>();
        for (PublishRequest r : requests) {
            ledger.publishedWithOtherContent(r).ifPresent(sent -> {
                if (dryRun || ledger.editNoticeOnce(r.postId(), r.channel(), r.contentHash(), now)) {
                    out.add(new PublishResult(r.postId(), r.channel(), r.contentHash(),
                            PublishStatus.EDITED_AFTER_PUBLISH, sent.id(), sent.remoteId(), sent.remoteUrl(),
                            Ledger.editedDetail(sent, r.contentHash()), null, sent.attempts()));
                }
            });
        }
        return out;
    }
}
