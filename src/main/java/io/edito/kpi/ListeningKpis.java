package io.edito.kpi;

import io.edito.listen.Mention;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Computes a {@link ListeningReport} from the mention store's mentions. */
public final class ListeningKpis {
    /** The dimensions of the listening section's table ({@code --by}). */
    public static final List<String> DIMENSIONS = List.of("source", "kind", "competitor");
    static final String BRAND = "brand";

    private ListeningKpis() {
    }

    /**
     * The section for the mentions whose time ({@link Mention#at()}) falls on the days {@code from}..{@code to} in
     * {@code zone} (null: unbounded); null when none does.
     *
     * @param by the table's dimension, one of {@link #DIMENSIONS}
     */
    public static ListeningReport of(List<Mention> mentions, ZoneId zone, LocalDate from, LocalDate to,
                                     Duration sla, String by) {
        List<Mention> inPeriod = new ArrayList<>();
        for (Mention m : mentions) {
            LocalDate day = LocalDate.ofInstant(m.at(), zone);
            if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
                inPeriod.add(m);
            }
        }
        if (inPeriod.isEmpty()) {
            return null;
        }
        List<Mention> brand = inPeriod.stream().filter(m -> m.competitor() == null).toList();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        Map<String, Long> perSource = new TreeMap<>();
        for (Mention m : brand) {
            perDay.merge(LocalDate.ofInstant(m.at(), zone), 1L, Long::sum);
            perSource.merge(m.source(), 1L, Long::sum);
        }
        Map<String, Long> voices = new LinkedHashMap<>();
        voices.put(BRAND, (long) brand.size());
        new TreeMap<>(count(inPeriod.stream().filter(m -> m.competitor() != null).toList(), Mention::competitor))
                .forEach(voices::put);
        long total = inPeriod.size();
        List<ListeningReport.Voice> voice = new ArrayList<>();
        voices.forEach((who, n) -> voice.add(new ListeningReport.Voice(who, n, ratio(n, total))));

        Function<Mention, String> key = switch (by) {
            case "kind" -> Mention::kind;
            case "competitor" -> m -> m.competitor() == null ? BRAND : m.competitor();
            default -> Mention::source;
        };
        List<Mention> sliced = by.equals("competitor") ? inPeriod : brand;
        Map<String, List<Mention>> groups = new TreeMap<>();
        for (Mention m : sliced) {
            groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m);
        }
        List<ListeningStats> slices = new ArrayList<>();
        groups.forEach((k, ms) -> slices.add(stats(k, ms, sla)));
        return new ListeningReport(sla, stats("all", brand, sla), perDay, perSource, voice, by, slices);
    }

    /** The figures of {@code ms}: docs/kpi.md#listening-and-care. */
    static ListeningStats stats(String key, List<Mention> ms, Duration sla) {
        long complaints = 0;
        long complaintsHandled = 0;
        long withinSla = 0;
        long[] response = new long[ms.size()];
        long[] close = new long[ms.size()];
        int answered = 0;
        int closed = 0;
        for (Mention m : ms) {
            boolean isComplaint = Mention.COMPLAINT.equals(m.kind());
            if (m.firstResponseAt() != null) {
                long s = Math.max(0, Duration.between(m.at(), m.firstResponseAt()).getSeconds());
                response[answered++] = s;
                if (s <= sla.getSeconds()) {
                    withinSla++;
                }
            }
            if (m.status() == Mention.Status.CLOSED && m.closedAt() != null) {
                close[closed++] = Math.max(0, Duration.between(m.at(), m.closedAt()).getSeconds());
            }
            if (isComplaint) {
                complaints++;
                if (m.firstResponseAt() != null || m.status() == Mention.Status.CLOSED) {
                    complaintsHandled++;
                }
            }
        }
        long[] r = Arrays.copyOf(response, answered);
        long[] c = Arrays.copyOf(close, closed);
        Arrays.sort(r);
        Arrays.sort(c);
        return new ListeningStats(key, ms.size(), complaints, ratio(complaints, ms.size()), answered,
                ratio(answered, ms.size()), minutes(CommunityCare.nearestRank(r, r.length, 0.5)),
                minutes(CommunityCare.nearestRank(r, r.length, 0.9)), ratio(withinSla, ms.size()), closed,
                minutes(CommunityCare.nearestRank(c, c.length, 0.5)), ratio(complaintsHandled, complaints));
    }

    private static Map<String, Long> count(List<Mention> ms, Function<Mention, String> key) {
        Map<String, Long> out = new LinkedHashMap<>();
        ms.forEach(m -> out.merge(key.apply(m), 1L, Long::sum));
        return out;
    }

    private static Double minutes(Double seconds) {
        return seconds == null ? null : seconds / 60.0;
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }

}
