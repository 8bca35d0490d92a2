package io.edito.kpi;

import io.edito.core.EditoException;
import io.edito.metrics.Values;
import io.edito.network.NetworkNames;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KPI target: {@code engagement_rate>=3%@instagram}, {@code posts>=12}, {@code response_rate>=99%},
 * {@code median_response_minutes<=60@email}. The part after {@code @} is a network (post KPIs) or an inbox
 * channel (community-care KPIs); without it the target applies to the totals.
 *
 * @param threshold a fraction for rates ({@code 3%} and {@code 0.03} are the same)
 */
public record TargetSpec(String text, String metric, Op op, double threshold, String scope) {
    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*([a-zA-Z_][a-zA-Z0-9_-]*)\\s*(>=|<=|==|=|>|<)\\s*([^@]+?)\\s*(?:@\\s*(\\S+))?\\s*");

    public enum Op {
        GE(">="), LE("<="), GT(">"), LT("<"), EQ("=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(double actual, double threshold) {
            double eps = 1e-9 * Math.max(1, Math.abs(threshold));
            return switch (this) {
                case GE -> actual >= threshold - eps;
                case LE -> actual <= threshold + eps;
                case GT -> actual > threshold + eps;
                case LT -> actual < threshold - eps;
                case EQ -> Math.abs(actual - threshold) <= eps;
            };
        }
    }

    /** Parses a target; unknown metrics and bad numbers are input errors naming the target. */
    public static TargetSpec parse(String text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            throw EditoException.input("target '" + text + "': expected METRIC OP VALUE[%][@NETWORK], e.g. engagement_rate>=3%@instagram");
        }
        String metric = m.group(1).toLowerCase(Locale.ROOT).replace('-', '_');
        Kpi kpi = Kpi.byKey(metric);
        boolean care = CommunityCare.KPI_KEYS.contains(metric) || ListeningStats.KPI_KEYS.contains(metric);
        if (kpi == null && !care && Kpi.retired(metric) != null) {
            throw EditoException.input("target '" + text + "': " + Kpi.retired(metric));
        }
        if (kpi == null && !care) {
            throw EditoException.input("target '" + text + "': unknown metric '" + m.group(1) + "' (known: "
                    + String.join(", ", java.util.Arrays.stream(Kpi.values()).map(Kpi::key).toList()) + ", "
                    + String.join(", ", CommunityCare.KPI_KEYS) + ", listening: "
                    + String.join(", ", ListeningStats.KPI_KEYS) + ")");
        }
        String value = m.group(3).strip();
        boolean rate = kpi != null ? kpi.unit() == Kpi.Unit.RATE
                : CommunityCare.RATE_KEYS.contains(metric) || ListeningStats.RATE_KEYS.contains(metric);
        double threshold;
        try {
            threshold = rate ? Values.parseRate(value, false, false) : Values.parseNumber(value, false);
        } catch (NumberFormatException e) {
            throw EditoException.input("target '" + text + "': " + e.getMessage());
        }
        if (Double.isNaN(threshold)) {
            throw EditoException.input("target '" + text + "': no value");
        }
        if (!rate && value.endsWith("%")) {
            throw EditoException.input("target '" + text + "': " + metric + " is not a rate; drop the %");
        }
        if (rate && !value.endsWith("%") && threshold > 1) {
            // 5 would be 500 %: a target no post can meet, reported as missed on every run
            throw EditoException.input("target '" + text + "': " + metric + " is a rate, and " + value + " would be "
                    + plain(threshold * 100) + " %; write " + value + "% (or " + plain(threshold / 100) + ")");
        }
        Op op = switch (m.group(2)) {
            case ">=" -> Op.GE;
            case "<=" -> Op.LE;
            case ">" -> Op.GT;
            case "<" -> Op.LT;
            default -> Op.EQ;
        };
        String scope = m.group(4);
        if (scope != null) {
            scope = care ? scope.toLowerCase(Locale.ROOT) : NetworkNames.canonical(scope);
            boolean listening = !care && kpi == null; // a listening metric's scope is a source
            String near = care || listening || NetworkNames.isKnown(scope) ? ""
                    : io.edito.core.Suggest.didYouMean(scope, NetworkNames.known());
            if (!near.isEmpty()) { // a misspelt network is a bad target, not one missed for want of data
                throw EditoException.input("target '" + text + "': unknown network '" + m.group(4) + "'" + near);
            }
        }
        return new TargetSpec(text.strip(), metric, op, threshold, scope);
    }

    /** {@code v} without trailing zeros or exponent: 500, 0.05. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * The {@code targets:} of edito.yaml that do not parse, each as an error at its place: {@code edito validate}
     * tells them, and the report stops on them.
     */
    public static java.util.List<io.edito.core.Problem> problemsOf(io.edito.config.ProjectConfig config) {
        io.edito.core.Problems problems = new io.edito.core.Problems();
        for (io.edito.config.BrandConfig b : config.brands().values()) {
            for (io.edito.config.Target t : b.targets()) {
                try {
                    parse(t.text());
                } catch (EditoException e) {
                    problems.error(t.pos(), e.getMessage());
                }
            }
        }
        return problems.all();
    }

    /** True for community-care metrics (evaluated on the inbox). */
    public boolean isCare() {
        return CommunityCare.KPI_KEYS.contains(metric);
    }

    /**
     * True for listening metrics (evaluated on the mention store's mentions; a name both have, such as
     * {@code complaints_handled}, goes to the inbox when the report reads one).
     */
    public boolean isListening() {
        return ListeningStats.KPI_KEYS.contains(metric);
    }
}
