package io.edito.kpi;

import java.util.List;

/** Checks targets against the period's figures: the totals, a network's KPIs, community care, listening. */
final class TargetEvaluator {
    private final Kpis totals;
    private final NetworkTotals networks;
    private final List<CareStats> care;
    private final ListeningReport listening;

    /** @param listening the listening section, or null without mentions */
    TargetEvaluator(Kpis totals, NetworkTotals networks, List<CareStats> care, ListeningReport listening) {
        this.totals = totals;
        this.networks = networks;
        this.care = care;
        this.listening = listening;
    }

    TargetResult evaluate(TargetSpec t) {
        Double actual;
        if (t.isListening() && listening != null && (care.isEmpty() || !t.isCare())) {
            // the mention store's figures: the brand's mentions of the period, or one source's (@SOURCE)
            actual = listening.value(t.metric(), t.scope());
        } else if (t.isCare()) {
            String channel = t.scope() == null ? "all" : t.scope();
            actual = care.stream().filter(c -> c.channel().equals(channel)).findFirst()
                    .map(c -> c.asMap().get(t.metric())).orElse(null);
        } else {
            Kpis k = t.scope() == null ? totals : networks.of(t.scope());
            actual = k == null ? null : k.get(Kpi.byKey(t.metric()));
            if (actual == null && k != null && Kpi.byKey(t.metric()) == Kpi.POSTS) {
                actual = 0.0;
            }
        }
        boolean met = actual != null && t.op().test(actual, t.threshold());
        return new TargetResult(t, actual, met);
    }
}
