package io.edito.agenda;

import io.edito.calendar.Calendar;
import io.edito.calendar.Content;
import io.edito.calendar.Edition;
import io.edito.calendar.Post;
import io.edito.calendar.Slot;
import io.edito.calendar.Text;
import io.edito.config.BrandConfig;
import io.edito.core.LanguageTag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rows of the agenda: each post at each of its times ({@link Post#slots()}: a channel's variant may move it),
 * with the channels the query selects at that time; by time, then post id (undated drafts last).
 *
 * @param namesBrands whether each row says whose it is: its rows are of several brands, or the project has several
 *                    and the query does not name one (a filter that leaves one brand's rows still leaves the reader
 *                    to tell whose they are)
 */
public record Agenda(List<Entry> entries, boolean namesBrands) {

    /**
     * One post at one time.
     *
     * @param channels the channels going out at {@code time} that the query selects
     * @param slot     the post's full slot at that time, whatever the query (for stable calendar UIDs)
     * @param edition  what goes out when every selected channel is an account of the same language(s) ({@code lang:}
     *                 or {@code languages:}: {@code --channel x-ar} shows the Arabic, or no text when the post has
     *                 none in Arabic), else null: the post's own
     * @param group    when the slot's channels post in different languages (an Arabic account beside channels of the
     *                 post's own language), each language's channels are a row of their own: the first channel of
     *                 this row's group, null for the slot's first group (or its only one)
     */
    public record Entry(Post post, ZonedDateTime time, List<String> channels, Slot slot, Edition edition, String group) {
        /**
         * The text this row stands for: what goes out on its accounts when they share a language of their own, else the
         * post's own, or, for channels a variant moved to a time of their own, what goes out there (the first channel's
         * variant: it may have its own text, written for that network).
         */
        public Text text() {
            if (edition != null) {
                return edition.complete() ? edition.content().text() : null; // nothing goes out: no text to show
            }
            Content c = slot.own() || channels.isEmpty() ? post.content()
                    : post.content(channels.get(0), post.lang());
            return c.text();
        }

        /**
         * Why nothing goes out on this row's accounts ("(no ar text: nothing goes out here)"): the post lacks the
         * language they post in. Null when the row's text goes out.
         */
        public String nothingGoesOut() {
            if (edition == null || edition.complete()) {
                return null;
            }
            // the version there may have its text and lack a title or a first comment the post has (review: it said
            // "no ar text" of a post with one)
            List<String> why = new ArrayList<>();
            boolean oneLanguage = edition.languages().size() + edition.missing().size() == 1;
            for (String l : edition.missing()) {
                List<String> lacks = channels.isEmpty() ? List.of("text") : post.missingOn(channels.get(0), l, oneLanguage);
                why.add(lacks.contains("text") ? "no " + l + " text" : "the " + l + " version has no " + Content.said(lacks));
            }
            return "(" + String.join("; ", why) + ": nothing goes out here)";
        }

        /** The language of {@link #text()}: the accounts' ({@code ar}, {@code fr+ar}), else the post's. */
        // (when the post lacks one of the accounts' languages: those languages, and the row says nothing goes out)
        public String lang() {
            if (edition == null) {
                return post.lang();
            }
            if (edition.complete()) {
                return edition.lang();
            }
            List<String> all = new ArrayList<>(edition.languages());
            all.addAll(edition.missing());
            return LanguageTag.joined(all);
        }
    }

    /**
     * The rows of one ISO week, Monday to Sunday of their own zone's dates ({@code monday} null for the rows not
     * scheduled yet), in the agenda's order.
     */
    public record Week(LocalDate monday, List<Entry> entries) {
    }

    /**
     * The rows by week of their own dates, weeks in order (the unscheduled last): with brands in several zones the
     * rows' instants do not follow their dates across midnight (Paris's Monday 00:30 is Casablanca's Sunday 23:30),
     * and a week's heading must come once, before the next week's.
     */
    public List<Week> weeks() {
        java.util.TreeMap<LocalDate, List<Entry>> dated = new java.util.TreeMap<>();
        List<Entry> undated = new ArrayList<>();
        for (Entry e : entries) {
            if (e.time() == null) {
                undated.add(e);
            } else {
                LocalDate monday = e.time().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                dated.computeIfAbsent(monday, k -> new ArrayList<>()).add(e);
            }
        }
        List<Week> out = new ArrayList<>();
        dated.forEach((monday, rows) -> out.add(new Week(monday, List.copyOf(rows))));
        if (!undated.isEmpty()) {
            out.add(new Week(null, List.copyOf(undated)));
        }
        return out;
    }

    private static final Comparator<Entry> BY_TIME = Comparator
            .comparing((Entry e) -> e.time() == null ? null : e.time().toInstant(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.post().id())
            .thenComparing(e -> e.slot().own() ? 0 : 1);

    public static Agenda of(Calendar calendar, AgendaQuery query) {
        List<Entry> out = new ArrayList<>();
        for (Post p : calendar.posts()) {
            if (!query.matches(p)) {
                continue;
            }
            BrandConfig brand = p.brand() == null ? null : calendar.config().brands().get(p.brand());
            for (Slot s : p.slots()) {
                boolean noChannels = s.channels().isEmpty() && query.channels().isEmpty() && query.inRange(s.time());
                if (noChannels) {
                    out.add(new Entry(p, s.time(), List.of(), s, null, null));
                    continue;
                }
                // one row per language the slot's channels post in: what goes out differs (grouped over the whole
                // slot, whatever the query selects, so that a row and its calendar UID do not change with --channel)
                boolean first = true;
                for (List<String> group : byLanguage(brand, p, s.channels())) {
                    List<String> chosen = group.stream().filter(ch -> query.matches(p, ch)).toList();
                    if (!chosen.isEmpty()) {
                        out.add(new Entry(p, s.time(), chosen, s, accountsEdition(p, brand, chosen),
                                first ? null : group.get(0)));
                    }
                    first = false;
                }
            }
        }
        out.sort(BY_TIME);
        boolean severalInRows = out.stream().map(e -> String.valueOf(e.post().brand())).distinct().count() > 1;
        return new Agenda(List.copyOf(out), severalInRows
                || calendar.config().brands().size() > 1 && query.brands().size() != 1);
    }

    /**
     * {@code channels} grouped by the languages their accounts post in ({@link BrandConfig#languagesOn}; the post's
     * own for a channel of no language of its own: an Arabic post on {@code [x, x-ar]} is one row), in the order of
     * each group's first channel.
     */
    private static java.util.Collection<List<String>> byLanguage(BrandConfig brand, Post p, List<String> channels) {
        java.util.Map<List<String>, List<String>> groups = new java.util.LinkedHashMap<>();
        List<String> own = java.util.Collections.singletonList(p.lang());
        for (String ch : channels) {
            List<String> langs = brand == null ? List.of() : brand.languagesOn(ch);
            groups.computeIfAbsent(langs.isEmpty() ? own : langs, k -> new ArrayList<>()).add(ch);
        }
        return groups.values();
    }

    /**
     * What goes out on {@code channels} when they are all accounts of the same language(s) of their own (incomplete
     * when the post lacks one: nothing goes out there); null otherwise (channels of the post's own language, or of
     * several).
     */
    private static Edition accountsEdition(Post p, BrandConfig brand, List<String> channels) {
        if (brand == null || channels.isEmpty()) {
            return null;
        }
        List<String> langs = brand.languagesOn(channels.get(0));
        if (langs.isEmpty() || channels.stream().anyMatch(ch -> !brand.languagesOn(ch).equals(langs))) {
            return null;
        }
        return p.editionOn(brand, channels.get(0));
    }

    /** The posts of the agenda, each once, in the order of their first row. */
    public List<Post> posts() {
        LinkedHashSet<Post> posts = new LinkedHashSet<>();
        for (Entry e : entries) {
            posts.add(e.post());
        }
        return List.copyOf(posts);
    }
}
