package io.edito.kpi.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.core.Json;
import io.edito.kpi.CareStats;
import io.edito.kpi.Dimension;
import io.edito.kpi.Kpi;
import io.edito.kpi.Kpis;
import io.edito.kpi.ListeningReport;
import io.edito.kpi.ListeningStats;
import io.edito.kpi.PlannedPost;
import io.edito.kpi.RankedPost;
import io.edito.kpi.Report;
import io.edito.kpi.TargetResult;
import io.edito.metrics.PostTypes;
import io.edito.metrics.ReadSummary;
import java.io.PrintWriter;
import java.util.List;

/**
 * The machine report (schema in docs/kpi.md): {@code totals}, {@code groups}, {@code rows}, {@code targets}...
 * Rates are fractions (0.031); a KPI without data is null.
 */
public final class JsonRenderer implements ReportRenderer {
    @Override
    public void render(Report r, PrintWriter out) {
        out.print(Json.pretty(tree(r)));
    }

    /** The report as a JSON tree. */
    public static ObjectNode tree(Report r) {
        ObjectNode root = Json.object();
        ObjectNode period = root.putObject("period");
        period.put("from", r.from() == null ? null : r.from().toString());
        period.put("to", r.to() == null ? null : r.to().toString());
        period.put("zone", r.spec().zone().getId());
        root.set("totals", kpis(r.totals()));
        if (r.previous() != null) {
            ObjectNode prev = kpis(r.previous());
            prev.put("from", r.spec().previousFrom().toString());
            prev.put("to", r.spec().previousTo().toString());
            root.set("previous", prev);
            // the period over the days compared (day k of each period), which "previous" is compared with
            root.set("compared", kpis(r.compared().current()));
            ArrayNode coverage = root.putArray("coverage");
            for (Report.Coverage c : r.compared().coverage()) {
                ObjectNode n = coverage.addObject();
                n.put("stream", c.stream());
                n.put("days", c.days());
                n.put("previous_days", c.previous());
                n.put("compared_days", c.compared());
                n.put("same_days", c.same());
                if (!c.same()) {
                    n.put("warning", c.warning());
                }
            }
        }
        ArrayNode groups = root.putArray("groups");
        for (Report.Group g : r.groups()) {
            ObjectNode node = groups.addObject();
            ObjectNode key = node.putObject("key");
            for (int i = 0; i < g.key().size(); i++) {
                key.put(r.spec().by().get(i).key(), g.key().get(i));
            }
            if (r.spec().by().contains(Dimension.TYPE)) {
                ObjectNode types = node.putObject("export_types");
                g.exportTypes().forEach(types::put);
            }
            node.setAll(kpis(g.kpis()));
            if (g.previous() != null) {
                node.set("previous", kpis(g.previous()));
                node.set("compared", kpis(g.compared()));
            }
        }
        ObjectNode rows = root.putObject("rows");
        rows.put("read", r.rows().read());
        rows.put("used", r.rows().used());
        rows.put("skipped", r.rows().skipped());
        rows.put("outside_period", r.rows().outsidePeriod());
        rows.put("undated", r.rows().undated());
        ArrayNode files = root.putArray("files");
        for (ReadSummary f : r.files()) {
            ObjectNode n = files.addObject();
            n.put("file", f.file().toString());
            n.put("type", f.type().id());
            n.put("encoding", f.charset());
            n.put("delimiter", String.valueOf(f.delimiter()));
            n.put("read", f.read());
            n.put("used", f.used());
            n.put("skipped", f.skipped());
            ObjectNode reasons = n.putObject("skip_reasons");
            f.skipReasons().forEach(reasons::put);
            ArrayNode issues = n.putArray("issues");
            f.issues().forEach(issues::add);
            ArrayNode notes = n.putArray("notes");
            f.notes().forEach(notes::add);
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetResult t : r.targets()) {
            ObjectNode n = targets.addObject();
            n.put("target", t.target().text());
            n.put("metric", t.target().metric());
            n.put("op", t.target().op().symbol());
            putNullable(n, "threshold", t.target().threshold());
            n.put("scope", t.target().scope());
            putNullable(n, "actual", t.actual());
            n.put("met", t.met());
        }
        if (!r.top().isEmpty()) {
            root.put("rank_by", r.spec().rankBy().key());
            root.set("top", posts(r.top()));
            root.set("bottom", posts(r.bottom()));
        }
        ArrayNode trend = root.putArray("trend");
        for (Report.TrendPoint t : r.trend()) {
            ObjectNode n = trend.addObject();
            n.put("day", t.day().toString());
            n.put("posts", t.posts());
            putNullable(n, "impressions", t.impressions());
            putNullable(n, "engagements", t.engagements());
        }
        ArrayNode best = root.putArray("best_time");
        for (Report.BestTime.Cell c : r.bestTime().cells()) {
            ObjectNode n = best.addObject();
            n.put("weekday", c.day().getValue());
            n.put("hour", c.hour());
            n.put("posts", c.posts());
            n.put("sample", c.sample());
            putNullable(n, "engagement_rate", c.engagementRate());
            putNullable(n, "active_followers", c.activeFollowers());
        }
        Report.BestTime.Cell slot = r.bestTime().best();
        ObjectNode bs = root.putObject("best_slot");
        bs.put("min_posts", Report.BestTime.MIN_POSTS);
        if (slot == null) {
            bs.putNull("weekday");
            bs.putNull("hour");
            bs.putNull("sample");
            bs.putNull("engagement_rate");
        } else {
            bs.put("weekday", slot.day().getValue());
            bs.put("hour", slot.hour());
            bs.put("sample", slot.sample());
            putNullable(bs, "engagement_rate", slot.engagementRate());
        }
        if (r.plan() != null) {
            ObjectNode p = root.putObject("plan");
            p.put("planned", r.plan().planned());
            p.put("matched", r.plan().matched());
            p.put("unplanned", r.plan().unplanned());
            p.put("ambiguous", r.plan().ambiguous());
            ArrayNode missing = p.putArray("missing");
            for (PlannedPost m : r.plan().missing()) {
                ObjectNode n = missing.addObject();
                n.put("id", m.id());
                n.put("network", m.network());
                n.put("channel", m.channel()); // the account: x-ar on network x
                n.put("at", m.at() == null ? null : m.at().toString());
            }
            ArrayNode samples = p.putArray("unplanned_samples");
            r.plan().unplannedSamples().forEach(samples::add);
        }
        if (!r.care().isEmpty()) {
            ObjectNode care = root.putObject("community_care");
            care.put("sla_minutes", r.spec().sla().toMinutes());
            ArrayNode channels = care.putArray("channels");
            for (CareStats c : r.care()) {
                ObjectNode n = channels.addObject();
                n.put("channel", c.channel());
                c.asMap().forEach((k, v) -> putNullable(n, k, v));
            }
        }
        ListeningReport l = r.listening();
        if (l != null) {
            ObjectNode n = root.putObject("listening");
            n.put("sla_minutes", l.sla().toMinutes());
            putNullable(n, "share_of_voice", l.shareOfVoice());
            ObjectNode all = n.putObject("all");
            l.all().asMap().forEach((k, v) -> putNullable(all, k, v));
            ObjectNode days = n.putObject("per_day");
            l.perDay().forEach((d, c) -> days.put(d.toString(), c));
            ObjectNode sources = n.putObject("per_source");
            l.perSource().forEach(sources::put);
            ArrayNode voice = n.putArray("voice");
            for (ListeningReport.Voice v : l.voice()) {
                ObjectNode o = voice.addObject();
                o.put("who", v.who());
                o.put("mentions", v.mentions());
                putNullable(o, "share", v.share());
            }
            n.put("by", l.by());
            ArrayNode slices = n.putArray("slices");
            for (ListeningStats s : l.slices()) {
                ObjectNode o = slices.addObject();
                o.put(l.by(), s.key());
                s.asMap().forEach((k, v) -> putNullable(o, k, v));
            }
        }
        return root;
    }

    private static ArrayNode posts(List<RankedPost> list) {
        ArrayNode a = Json.array();
        for (RankedPost p : list) {
            ObjectNode n = a.addObject();
            n.put("network", p.post().network());
            n.put("post_id", p.post().postId());
            n.put("permalink", p.post().permalink());
            n.put("published_at", p.post().publishedAt() == null ? null : p.post().publishedAt().toString());
            n.put("type", PostTypes.canonical(p.post().type(), p.post().network()));
            n.put("export_type", p.post().type());
            putNullable(n, "value", p.value());
            n.put("source", p.post().source());
        }
        return a;
    }

    static ObjectNode kpis(Kpis k) {
        ObjectNode n = Json.object();
        for (Kpi kpi : Kpi.values()) {
            Double v = k.get(kpi);
            if (kpi == Kpi.POSTS && v != null) {
                n.put("posts", k.posts()); // a count: written as a whole number
            } else {
                putNullable(n, kpi.key(), v);
            }
        }
        ObjectNode series = n.putObject("series");
        k.series().forEach(series::put);
        ObjectNode networks = n.putObject("networks");
        for (Kpi kpi : Kpi.FROM_SERIES) {
            ArrayNode from = networks.putArray(kpi.key());
            k.networksOf(kpi).forEach(from::add);
        }
        return n;
    }

    private static void putNullable(ObjectNode n, String key, Double v) {
        if (v == null || v.isNaN() || v.isInfinite()) { // NaN: not known (a trend day whose posts lack the metric)
            n.putNull(key);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            n.put(key, v.longValue());
        } else {
            // 12 significant digits: sums of decimals (spend) do not show binary float noise (2674820.2400000095)
            n.put(key, new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros());
        }
    }
}
