package io.edito.listen;

import io.edito.config.ListeningConfig;
import io.edito.text.TermMatch;
import io.edito.text.TermMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alert rules of {@code listening.alerts} (docs/listening.md#alerts), evaluated at one instant:
 * <ul>
 * <li>spike: the brand's mentions in {@code (at - window, at]} against the mean of the same hours of each of the
 *     {@code baseline} days before; fires when at least {@code min} and at least {@code factor} times that mean;</li>
 * <li>complaints: complaints over the brand's mentions in {@code (at - window, at]}, above {@code above}, from
 *     {@code min} mentions;</li>
 * <li>terms: each new mention of the brand (not of a competitor only) with one of the terms, published within
 *     {@link #TERMS_MAX_AGE} before {@code at}: an old item found now (an archive page, a years-old thread) is stored,
 *     not alerted.</li>
 * </ul>
 * Each alert has a key (spike and complaints: the rule and the window its instant falls in; terms: the mention) so
 * that it fires once however many runs see it.
 */
public final class AlertRules {
    /** How old a mention with an alert term may be and still fire: a crisis is news. */
    public static final Duration TERMS_MAX_AGE = Duration.ofHours(72);

    private final ListeningConfig.Alerts config;
    private final TermMatcher terms;

    public AlertRules(ListeningConfig.Alerts config) {
        this.config = config;
        this.terms = config.terms().isEmpty() ? null : TermMatcher.compile(config.terms());
    }

    /** How far back {@link #evaluate} needs mentions. */
    public Duration lookBack() {
        Duration d = Duration.ZERO;
        if (config.spike() != null) {
            d = Duration.ofDays(config.spike().baseline().toDays()).plus(config.spike().window());
        }
        if (config.complaints() != null && config.complaints().window().compareTo(d) > 0) {
            d = config.complaints().window();
        }
        return d;
    }

    /**
     * The alerts at {@code at}.
     *
     * @param recent mentions with {@link Mention#at()} in {@code [at - lookBack(), at]}
     * @param fresh  the mentions this run stored
     */
    public List<Alert> evaluate(Instant at, List<Mention> recent, List<Mention> fresh) {
        List<Alert> out = new ArrayList<>();
        ListeningConfig.Spike spike = config.spike();
        if (spike != null) {
            long now = count(recent, at, spike.window());
            long days = spike.baseline().toDays();
            long sum = 0;
            for (long d = 1; d <= days; d++) {
                sum += count(recent, at.minus(Duration.ofDays(d)), spike.window());
            }
            double mean = (double) sum / days;
            if (now >= spike.min() && now >= spike.factor() * mean) {
                out.add(new Alert("spike:" + bucket(at, spike.window()), "spike", at, String.format(Locale.ROOT,
                        "spike: %d mentions in the last %s (the same hours of the last %d days: %.1f on average; "
                                + "alert from %d and x%s)", now, human(spike.window()), days, mean, spike.min(),
                        trim(spike.factor())), null));
            }
        }
        ListeningConfig.Complaints c = config.complaints();
        if (c != null) {
            long total = 0;
            long complaints = 0;
            Instant from = at.minus(c.window());
            for (Mention m : recent) {
                if (m.aboutBrand() && m.at().isAfter(from) && !m.at().isAfter(at)) {
                    total++;
                    if (Mention.COMPLAINT.equals(m.kind())) {
                        complaints++;
                    }
                }
            }
            if (total >= c.min() && above(complaints, total, c.above())) {
                out.add(new Alert("complaints:" + bucket(at, c.window()), "complaints", at, String.format(Locale.ROOT,
                        "complaints: %d of %d mentions in the last %s (%s%%, alert above %s%%)", complaints, total,
                        human(c.window()), share(complaints, total, c.above()), percent(c.above())), null));
            }
        }
        if (terms != null) {
            Instant oldest = at.minus(TERMS_MAX_AGE);
            for (Mention m : fresh) {
                if (!m.aboutBrand() || m.at().isBefore(oldest)) {
                    continue;
                }
                List<TermMatch> found = terms.find(m.text());
                if (!found.isEmpty()) {
                    out.add(new Alert("term:" + m.id(), "term", at, "term '" + found.get(0).text() + "' in mention #"
                            + m.id() + " (" + m.source() + "): " + MentionRenderers.shorten(m.text())
                            + (m.url() == null ? "" : "  " + m.url()), null));
                }
            }
        }
        return out;
    }

    /** Brand mentions with {@code at()} in {@code (end - window, end]}. */
    private static long count(List<Mention> mentions, Instant end, Duration window) {
        Instant from = end.minus(window);
        return mentions.stream().filter(m -> m.aboutBrand() && m.at().isAfter(from) && !m.at().isAfter(end)).count();
    }

    /** The start of the window-long slot {@code at} falls in (slots counted from the epoch, in UTC). */
    static String bucket(Instant at, Duration window) {
        long w = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), w) * w).toString();
    }

    /**
     * A window as read in a sentence: {@code 45 minutes}, {@code hour}, {@code 24 hours} (a day of alerts is counted
     * in hours: "the last 1d" read oddly), {@code 7 days}; a window of minutes besides hours in minutes.
     */
    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % 60 != 0) {
            return minutes == 1 ? "minute" : minutes + " minutes";
        }
        long hours = d.toHours();
        if (hours <= 48 || hours % 24 != 0) {
            return hours == 1 ? "hour" : hours + " hours";
        }
        return d.toDays() + " days";
    }

    /**
     * Whether {@code part} of {@code total} is above {@code share}: 29 of 100 is not above 29% (0.29 x 100 is
     * 28.999999999999996 in binary).
     */
    static boolean above(long part, long total, double share) {
        return part - share * total > 1e-9 * total;
    }

    /** A share as a percent as written: 0.29 as {@code 29}, 0.125 as {@code 12.5}. */
    static String percent(double share) {
        return new java.math.BigDecimal(share * 100).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@code part} of {@code total} as a percent, with as many decimals as it takes (up to 3) not to read as the
     * threshold it is above: 31 of 103 is {@code 30.1}, not {@code 30} beside "alert above 30%".
     */
    static String share(long part, long total, double threshold) {
        double pct = 100.0 * part / total;
        for (int decimals = 0; decimals < 3; decimals++) {
            String s = new java.math.BigDecimal(pct).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
            if (Double.parseDouble(s) > threshold * 100 + 1e-9) {
                return s;
            }
        }
        return new java.math.BigDecimal(pct).setScale(3, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
