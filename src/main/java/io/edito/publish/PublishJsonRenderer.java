package io.edito.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.edito.publish.api.Payloads;
import io.edito.publish.api.PublishResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code edito publish --format json}: {@code {"results": [{post, channel, status, ledger_id, remote_id, url,
 * detail, next_retry, attempts, content_hash}], "summary": {status: count}}}; always printed, even when empty.
 */
public final class PublishJsonRenderer {
    private PublishJsonRenderer() {
    }

    public static void render(List<PublishResult> results, PrintWriter out) {
        List<Map<String, Object>> list = new ArrayList<>();
        Map<String, Integer> summary = new TreeMap<>();
        for (PublishResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("post", r.postId());
            m.put("channel", r.channel());
            m.put("status", r.status().id());
            m.put("ledger_id", r.ledgerId() > 0 ? r.ledgerId() : null);
            m.put("remote_id", r.remoteId());
            m.put("url", r.url());
            m.put("detail", r.detail());
            m.put("next_retry", r.nextRetry() == null ? null : r.nextRetry().toString());
            m.put("attempts", r.attempts());
            m.put("content_hash", r.contentHash());
            list.add(m);
            summary.merge(r.status().id(), 1, Integer::sum);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("results", list);
        doc.put("summary", summary);
        try {
            out.println(Payloads.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
