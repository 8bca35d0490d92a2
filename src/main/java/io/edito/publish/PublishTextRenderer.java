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

    /**
     * @param heldBack the pairs held back for their findings (told on stderr, one by one, as they are found): counted
     *                 in the summary, so that stdout alone says why the run exits 1
     */
    public static void render(List<PublishResult> results, int heldBack, boolean verbose, PrintWriter out) {
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
        if (any || heldBack > 0) {
            StringBuilder sum = new StringBuilder();
            if (any) {
                counts.forEach((s, n) -> sum.append(sum.isEmpty() ? "" : ", ").append(n).append(' ').append(s.id()));
            }
            if (heldBack > 0) {
                sum.append(sum.isEmpty() ? "" : ", ").append(heldBack).append(" held-back (above, on stderr)");
            }
            out.println(sum);
        }
        out.flush();
    }

    static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?");
    }
}
