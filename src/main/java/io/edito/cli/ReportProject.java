package io.edito.cli;

import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.Workspace;
import io.edito.config.BrandConfig;
import io.edito.config.ConfigLoader;
import io.edito.core.EditoException;
import io.edito.kpi.PlannedPost;
import io.edito.listen.ListeningConfig;
import io.edito.listen.MentionQuery;
import io.edito.listen.MentionStore;
import io.edito.metrics.ExportTypes;
import io.edito.yaml.YList;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import io.edito.yaml.YamlReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code edito report} takes from the project when there is one (edito.yaml found upwards or --config): the
 * brand's zone, {@code targets:}, {@code metrics.mappings}, and the calendar's posts for plan vs actual.
 */
final class ReportProject {
    private ReportProject() {
    }

    /**
     * @param asOf the report's {@code --as-of} day, or null for today: posts due by the end of that day (in their
     *             brand's zone) should have metrics
     */
    static void apply(ReportCommand report, EditoCommand root, PrintWriter err, java.time.LocalDate asOf) {
        Optional<Path> config = root.config() != null ? Optional.of(root.config()) : ConfigLoader.find(Path.of(""));
        if (config.isEmpty()) {
            return;
        }
        Workspace.Loaded loaded = new Workspace(new YamlReader(), CalendarInput.networks())
                .load(new Workspace.Request(List.of(), config.get(), null, Path.of("")));
        if (loaded.hasErrors()) {
            err.println("edito: " + config.get() + " or its calendar has errors (run edito validate): report made "
                    + "without the calendar");
            return;
        }
        if (loaded.config().brands().size() == 1) {
            BrandConfig b = loaded.config().brands().values().iterator().next();
            report.setDefaultZone(b.zone());
        }
        List<String> targets = new ArrayList<>();
        for (BrandConfig b : loaded.config().brands().values()) {
            targets.addAll(strings(b.targets()));
            mappings(report, b.metrics());
        }
        report.setConfiguredTargets(targets);
        // the listening and care section: each listening brand's mention store, read (a read creates nothing)
        Set<String> stores = new HashSet<>();
        for (BrandConfig b : loaded.config().brands().values()) {
            ListeningConfig listening = b.listening();
            if (listening != null && stores.add(listening.store().display())) {
                try (MentionStore store = listening.store().openForRead(System.getenv())) {
                    report.addMentions(store.list(new MentionQuery(null, null, null, null, null)), listening.sla());
                }
            }
        }
        List<PlannedPost> planned = new ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        for (Post p : loaded.calendar().posts()) {
            if (p.time() == null) {
                continue;
            }
            java.time.Instant cutoff = asOf == null ? now : asOf.plusDays(1).atStartOfDay(p.time().getZone()).toInstant();
            for (String ch : p.channels()) {
                // published posts, and approved/scheduled ones whose time on this channel has come: they should
                // have metrics
                boolean expected = p.status() == Status.PUBLISHED
                        || (p.status().isReady() && p.timeOn(ch).toInstant().isBefore(cutoff));
                if (!expected) {
                    continue;
                }
                planned.add(new PlannedPost(p.id(), ch, p.timeOn(ch).toOffsetDateTime(),
                        p.content(ch, p.lang()).link(), p.campaign(), p.pillar(), p.lang()));
            }
        }
        report.setPlannedPosts(planned);
    }

    private static List<String> strings(YNode n) {
        List<String> out = new ArrayList<>();
        if (n instanceof YScalar s && s.value() != null) {
            out.add(s.value());
        } else if (n instanceof YList l) {
            for (YNode i : l.items()) {
                if (i instanceof YScalar s && s.value() != null) {
                    out.add(s.value());
                }
            }
        }
        return out;
    }

    /** {@code metrics: { mappings: { NAME: { network: x, columns: { "Export column": field } } } }}. */
    private static void mappings(ReportCommand report, YMap metrics) {
        if (metrics == null || !(metrics.get("mappings").orElse(null) instanceof YMap mappings)) {
            return;
        }
        for (YMap.Entry e : mappings.all()) {
            if (!(e.value() instanceof YMap m)) {
                throw EditoException.input(e.value().pos(), "metrics.mappings." + e.key()
                        + ": a mapping is a map with 'columns' (export column: field) and an optional 'network'");
            }
            for (YMap.Entry k : m.all()) {
                if (!k.key().equals("network") && !k.key().equals("columns")) {
                    throw EditoException.input(k.keyPos(), "metrics.mappings." + e.key() + ": unknown key '" + k.key()
                            + "' (known: columns, network)");
                }
            }
            String network = m.get("network").filter(v -> v instanceof YScalar).map(v -> ((YScalar) v).value()).orElse(null);
            Map<String, String> columns = new LinkedHashMap<>();
            if (m.get("columns").orElse(null) instanceof YMap cols) {
                for (YMap.Entry c : cols.all()) {
                    String field = c.value() instanceof YScalar s ? s.value() : null;
                    String problem = ExportTypes.mappingFieldProblem(c.key(), field);
                    if (problem != null) {
                        throw EditoException.input(c.value().pos(), "metrics.mappings." + e.key() + ": " + problem);
                    }
                    columns.put(c.key(), field);
                }
            }
            report.addMapping(e.key(), columns, network);
        }
    }
}
