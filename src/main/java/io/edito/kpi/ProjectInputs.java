package io.edito.kpi;

import io.edito.calendar.Content;
import io.edito.calendar.Edition;
import io.edito.calendar.Post;
import io.edito.calendar.Status;
import io.edito.calendar.Workspace;
import io.edito.config.BrandConfig;
import io.edito.config.ListeningConfig;
import io.edito.config.MetricMapping;
import io.edito.core.EditoException;
import io.edito.core.Suggest;
import io.edito.listen.Mention;
import io.edito.listen.MentionQuery;
import io.edito.listen.MentionStore;
import io.edito.listen.MentionStores;
import io.edito.metrics.ExportType;
import io.edito.metrics.ExportTypes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code edito report} takes from the project (edito.yaml and its calendar), when there is one.
 *
 * @param zone         the brand's zone when the project has one brand, else null ({@code --tz} wins)
 * @param targets      the brands' {@code targets:}, as written ({@code --target} ones are added to them)
 * @param mappings     the brands' user-defined export mappings
 * @param planned      the calendar's posts that should have metrics (plan vs actual, campaign/pillar/lang grouping)
 * @param mentions     the mention stores' mentions, for the listening and care section
 * @param listeningSla the listening block's SLA, or null
 * @param accounts     which account each exported post is on
 * @param notes        what the report leaves out of the project, and why (told on stderr)
 */
public record ProjectInputs(ZoneId zone, List<String> targets, List<ExportType> mappings, List<PlannedPost> planned,
                            List<Mention> mentions, Duration listeningSla, ExportAccounts accounts, List<String> notes) {
    /** No project: the report is made from the exports alone. */
    public static final ProjectInputs NONE = new ProjectInputs(null, List.of(), List.of(), List.of(), List.of(), null,
            ExportAccounts.NONE, List.of());

    public ProjectInputs {
        targets = List.copyOf(targets);
        mappings = List.copyOf(mappings);
        planned = List.copyOf(planned);
        mentions = List.copyOf(mentions);
        notes = List.copyOf(notes);
    }

    public ProjectInputs withTargets(List<String> t) {
        return new ProjectInputs(zone, t, mappings, planned, mentions, listeningSla, accounts, notes);
    }

    public ProjectInputs withMappings(List<ExportType> m) {
        return new ProjectInputs(zone, targets, m, planned, mentions, listeningSla, accounts, notes);
    }

    public ProjectInputs withPlanned(List<PlannedPost> p) {
        return new ProjectInputs(zone, targets, mappings, p, mentions, listeningSla, accounts, notes);
    }

    /**
     * Reads them from a loaded project.
     *
     * @param asOf the report's {@code --as-of} day, or null for today: posts due by the end of that day (in their
     *             brand's zone) should have metrics
     * @param env  the environment (a PostgreSQL mention store's password)
     * @param brand the brand reported on ({@code --brand}), or null: the project's only brand. A report is one
     *              brand's: in a project of several, without it, the exports' rows could not be told apart between
     *              two brands' accounts of one id ({@code instagram}), nor counted in one zone, and the brands'
     *              figures would be added up: an input error
     */
    public static ProjectInputs of(Workspace.Loaded loaded, LocalDate asOf, Map<String, String> env, String brand) {
        Map<String, BrandConfig> brands = loaded.config().brands();
        if (brand != null) {
            BrandConfig one = brands.get(brand);
            if (one == null) {
                throw EditoException.input("--brand: unknown brand '" + brand + "'"
                        + Suggest.didYouMean(brand, brands.keySet()) + (brands.isEmpty()
                        ? "; this project declares no brands" : "; brands: " + String.join(", ", brands.keySet())));
            }
            brands = Map.of(brand, one);
        } else if (brands.size() > 1) {
            throw EditoException.input("this project has " + brands.size() + " brands (" + String.join(", ",
                    brands.keySet()) + "): a report is one brand's (its accounts, zone, targets and mentions); give "
                    + "--brand B, one report per brand");
        }
        Map<String, BrandConfig> reported = brands;
        ZoneId zone = brands.size() == 1 ? brands.values().iterator().next().zone() : null;
        List<String> targets = new ArrayList<>();
        List<ExportType> mappings = new ArrayList<>();
        for (BrandConfig b : brands.values()) {
            b.targets().forEach(t -> targets.add(t.text()));
            for (MetricMapping m : b.mappings()) {
                mappings.add(ExportTypes.custom(m.name(), m.columns(), m.network()));
            }
        }
        // the listening and care section: each listening brand's mention store, read (a read creates nothing); a store
        // another brand of the project listens into too holds both brands' mentions, which nothing tells apart
        List<Mention> mentions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Duration sla = null;
        Set<String> stores = new HashSet<>();
        Map<String, BrandConfig> all = loaded.config().brands();
        for (BrandConfig b : brands.values()) {
            ListeningConfig listening = b.listening();
            List<String> sharing = listening == null ? List.of() : all.values().stream()
                    .filter(o -> !reported.containsKey(o.name()) && o.listening() != null
                            && o.listening().store().identity().equals(listening.store().identity()))
                    .map(BrandConfig::name).toList();
            if (!sharing.isEmpty()) {
                notes.add("the listening and care section is left out: the mention store "
                        + listening.store().display() + " is brand " + b.name() + "'s and " + String.join(", ", sharing)
                        + "'s, whose mentions cannot be told apart; give each brand its own listening.store "
                        + "(docs/listening.md#the-store)");
                continue;
            }
            if (listening != null && stores.add(listening.store().identity())) {
                try (MentionStore store = MentionStores.openForRead(listening.store(), env)) {
                    mentions.addAll(store.list(new MentionQuery(null, null, null, null, null)));
                }
                sla = listening.sla();
            }
        }
        List<BrandConfig> others = all.values().stream().filter(o -> !reported.containsKey(o.name())).toList();
        return new ProjectInputs(zone, targets, mappings, planned(loaded, asOf, Instant.now(), brand), mentions, sla,
                ExportAccounts.of(brands.values(), others, loaded.config().root()), notes);
    }

    /**
     * Published posts, and approved/scheduled ones whose time on a channel has come by {@code asOf}'s end; of brand
     * {@code reported} only, when not null.
     */
    static List<PlannedPost> planned(Workspace.Loaded loaded, LocalDate asOf, Instant now, String reported) {
        List<PlannedPost> planned = new ArrayList<>();
        for (Post p : loaded.calendar().posts()) {
            if (p.time() == null || reported != null && !reported.equals(p.brand())) {
                continue;
            }
            Instant cutoff = asOf == null ? now : asOf.plusDays(1).atStartOfDay(p.time().getZone()).toInstant();
            BrandConfig brand = p.brand() == null ? null : loaded.config().brands().get(p.brand());
            for (String ch : p.channels()) {
                boolean expected = p.status() == Status.PUBLISHED
                        || (p.status().isReady() && p.timeOn(ch).toInstant().isBefore(cutoff));
                if (expected) {
                    // joined on its channel (the account an export is of: ExportAccounts), in the language it went out in
                    String network = brand == null ? ch : brand.networkOf(ch);
                    Edition edition = p.editionOn(brand, ch);
                    Content content = edition.complete() ? edition.content() : p.content(ch, p.lang());
                    planned.add(new PlannedPost(p.id(), network, p.timeOn(ch).toOffsetDateTime(),
                            content.link(), p.campaign(), p.pillar(), edition.lang(), ch));
                }
            }
        }
        return planned;
    }
}
