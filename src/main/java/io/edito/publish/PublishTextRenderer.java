package io.edito.publish;

import io.edito.publish.api.PublishResult;
import io.edito.publish.api.PublishStatus;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code edito publish} for people and cron mail: one line per pair that needs telling about, then a summary;
 * nothing at all when nothing happened (pairs already sent or being sent by another run are not news).
 */
public final class PublishTextRenderer {
    private PublishTextRenderer() {
    }

    public static void render(List<PublishResult> results, boolean verbose, PrintWriter out) {
        Map<PublishStatus, Integer> counts = new EnumMap<>(PublishStatus.class);
        boolean any = false;
        for (PublishResult r : results) {
            counts.merge(r.status(), 1, Integer::sum);
            if (!verbose && !r.status().noteworthy()) {
                continue;
            }
            any = true;
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("%-20s %s", r.status().id(), r.pairName()));
            if (r.ledgerId() > 0) {
                sb.append("  #").append(r.ledgerId());
            }
            if (r.url() != null && (r.status() == PublishStatus.SENT || verbose)) {
                sb.append("  ").append(r.url());
            }
            if (r.detail() != null && !r.detail().isBlank()) {
                sb.append("\n").append(" ".repeat(21)).append(oneLine(r.detail()));
            }
            out.println(sb);
        }
        if (any) {
            StringBuilder sum = new StringBuilder();
            counts.forEach((s, n) -> sum.append(sum.isEmpty() ? "" : ", ").append(n).append(' ').append(s.id()));
            out.println(sum);
        }
        out.flush();
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?");
    }
}
