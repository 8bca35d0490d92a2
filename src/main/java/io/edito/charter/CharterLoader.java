package io.edito.charter;

import io.edito.core.Decimals;
import io.edito.core.Durations;
import io.edito.core.LanguageTag;
import io.edito.core.Problems;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.core.Suggest;
import io.edito.text.TermMatcher;
import io.edito.yaml.MapReader;
import io.edito.yaml.YList;
import io.edito.yaml.YMap;
import io.edito.yaml.YNode;
import io.edito.yaml.YScalar;
import io.edito.yaml.YamlReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a charter YAML file (docs/charter.md), reporting every problem with its position and a suggestion. */
public final class CharterLoader {
    static final List<String> TOP = List.of("vocabulary", "hashtags", "mentions", "disclosure", "links", "schedule",
            "media", "style", "duplicates", "campaigns", "limits", "rules");
    static final List<String> SCOPE_KEYS = List.of("channels", "languages", "campaigns", "brands");
    static final List<String> TERM_KEYS = List.of("term", "suggest", "severity", "lang", "channels", "languages",
            "campaigns", "brands");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private final YamlReader yaml;
    private final Collection<String> ruleIds;
    private final Collection<String> channelIds;
    private final ProjectNames names;
    /** The campaigns the charter being loaded declares under {@code campaigns:} (one load at a time). */
    private Set<String> declaredCampaigns = Set.of();

    /**
     * What a scope's {@code brands:}, {@code languages:} and {@code campaigns:} may name: the project's brands, the
     * languages its brands and posts are written in, its posts' campaigns. A name none of them holds leaves the setting
     * matching nothing, quietly (a typo: {@code brands: [riad-atlas]} for {@code riad_atlas}); an empty collection is
     * not checked.
     */
    public record ProjectNames(Collection<String> brands, Collection<String> languages, Collection<String> campaigns) {
        public static final ProjectNames UNKNOWN = new ProjectNames(List.of(), List.of(), List.of());
    }

    /**
     * @param ruleIds    every rule id, for {@code rules:} and suggestions
     * @param channelIds the network ids and channel ids a per-channel setting may name (plus {@code default})
     */
    public CharterLoader(YamlReader yaml, Collection<String> ruleIds, Collection<String> channelIds) {
        this(yaml, ruleIds, channelIds, ProjectNames.UNKNOWN);
    }

    /** @param names what the project holds, for the names a scope gives ({@link ProjectNames}) */
    public CharterLoader(YamlReader yaml, Collection<String> ruleIds, Collection<String> channelIds, ProjectNames names) {
        this.yaml = yaml;
        this.ruleIds = ruleIds;
        List<String> ch = new ArrayList<>(channelIds);
        ch.add("default");
        this.channelIds = ch;
        this.names = names;
    }

    public Charter load(Path file, Problems problems) {
        YNode root = yaml.read(file);
        Charter d = Charter.defaults();
        MapReader top = MapReader.of(root, problems, "charter", TOP);
        if (top == null) {
            return d;
        }
        declaredCampaigns = top.map().get("campaigns").orElse(null) instanceof YMap declared
                ? declared.all().stream().map(YMap.Entry::key).collect(java.util.stream.Collectors.toSet()) : Set.of();
        List<Term> forbidden = new ArrayList<>();
        List<Term> required = new ArrayList<>();
        MapReader voc = section(top, "vocabulary", List.of("forbidden", "required"), problems);
        if (voc != null) {
            forbidden = terms(voc, "forbidden", problems);
            required = terms(voc, "required", problems);
            warnRepeatedTerms(forbidden, "forbidden", problems);
            warnRepeatedTerms(required, "required", problems);
        }
        MapReader tags = section(top, "hashtags", List.of("max", "required", "forbidden", "camel_case"), problems);
        Map<String, Integer> hashtagMax = tags == null ? Map.of() : perChannelInt(tags, "max", problems);
        List<String> tagsRequired = tags == null ? List.of() : hashtags(tags, "required", problems);
        List<String> tagsForbidden = tags == null ? List.of() : hashtags(tags, "forbidden", problems);
        boolean camel = tags != null && Boolean.TRUE.equals(tags.bool("camel_case"));
        MapReader mentions = section(top, "mentions", List.of("allowed"), problems);
        List<String> allowed = mentions == null ? List.of() : mentions.strings("allowed").stream().map(String::strip).toList();
        Map<String, String> disclosure = new LinkedHashMap<>();
        YMap disc = top.submap("disclosure");
        if (disc != null) {
            for (YMap.Entry e : disc.all()) {
                if (e.value() instanceof YScalar s && s.value() != null) {
                    disclosure.put(e.key(), s.value());
                } else {
                    problems.error(e.value().pos(), "disclosure for '" + e.key() + "' must be a text such as \"#ad\"");
                }
            }
        }
        MapReader links = section(top, "links", List.of("https", "domains", "utm", "shorteners", "shortener_domains"),
                problems);
        boolean https = d.https();
        List<String> domains = List.of();
        Charter.Utm utm = d.utm();
        boolean shortenersForbidden = d.shortenersForbidden();
        List<String> shorteners = d.shorteners();
        if (links != null) {
            https = !Boolean.FALSE.equals(links.bool("https"));
            domains = links.strings("domains");
            String u = links.string("utm");
            if (u != null) {
                switch (u) {
                    case "required" -> utm = Charter.Utm.REQUIRED;
                    case "optional" -> utm = Charter.Utm.OPTIONAL;
                    default -> problems.error(links.pos("utm"), "'utm' must be required or optional, not '" + u + "'");
                }
            }
            String s = links.string("shorteners");
            if (s != null) {
                switch (s) {
                    case "forbidden" -> shortenersForbidden = true;
                    case "allowed" -> shortenersForbidden = false;
                    default -> problems.error(links.pos("shorteners"), "'shorteners' must be forbidden or allowed, not '"
                            + s + "'");
                }
            }
            if (links.has("shortener_domains")) {
                shorteners = links.strings("shortener_domains");
            }
        }
        MapReader sched = section(top, "schedule", List.of("windows", "blackout", "min_gap", "max_per_day",
                "approval_lead", "translation_gap"), problems);
        Map<String, List<Window>> windows = sched == null ? Map.of() : windows(sched, problems);
        List<Blackout> blackouts = sched == null ? List.of() : blackouts(sched, problems);
        Map<String, Duration> minGap = new LinkedHashMap<>();
        Map<String, Integer> maxPerDay = Map.of();
        Duration approvalLead = null;
        Duration translationGap = d.translationGap();
        if (sched != null) {
            YMap gaps = sched.submap("min_gap");
            if (gaps != null) {
                for (YMap.Entry e : gaps.all()) {
                    checkChannel(e, problems);
                    Duration g = duration(e.value(), problems);
                    if (g != null) {
                        minGap.put(e.key(), g);
                    }
                }
            }
            maxPerDay = perChannelInt(sched, "max_per_day", problems);
            if (sched.has("approval_lead")) {
                approvalLead = duration(sched.node("approval_lead").get(), problems);
            }
            if (sched.has("translation_gap")) {
                translationGap = duration(sched.node("translation_gap").get(), problems);
            }
        }
        MapReader media = section(top, "media", List.of("alt_required", "alt_min", "alt_max", "max_size"), problems);
        boolean altRequired = d.altRequired();
        int altMin = d.altMin();
        int altMax = d.altMax();
        long maxBytes = d.mediaMaxBytes();
        if (media != null) {
            altRequired = !Boolean.FALSE.equals(media.bool("alt_required"));
            altMin = intValue(media, "alt_min", altMin, problems);
            altMax = intValue(media, "alt_max", altMax, problems);
            if (altMin > altMax) { // every alt text would be told outside "50-10"
                problems.error(media.has("alt_max") ? media.pos("alt_max") : media.pos("alt_min"), "media.alt_max "
                        + altMax + " is less than alt_min " + altMin + ": no alt text would fit");
            }
            if (media.has("max_size")) {
                maxBytes = size(media.string("max_size"), media.pos("max_size"), problems);
            }
        }
        MapReader style = section(top, "style", List.of("max_emoji", "all_caps_min_letters"), problems);
        OptionalInt maxEmoji = OptionalInt.empty();
        int capsMin = d.allCapsMinLetters();
        if (style != null) {
            if (style.has("max_emoji")) {
                maxEmoji = OptionalInt.of(intValue(style, "max_emoji", 0, problems));
            }
            capsMin = intValue(style, "all_caps_min_letters", capsMin, problems);
        }
        MapReader dup = section(top, "duplicates", List.of("days", "similarity"), problems);
        int dupDays = d.duplicateDays();
        double similarity = d.duplicateSimilarity();
        if (dup != null) {
            dupDays = intValue(dup, "days", dupDays, problems);
            String sim = dup.string("similarity");
            if (sim != null) {
                try {
                    similarity = Decimals.parsePlain(sim.strip());
                    if (!(similarity > 0 && similarity <= 1)) { // NaN too: a rule that would never fire
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.error(dup.pos("similarity"), "'similarity' must be a number above 0 and at most 1, such as 0.9");
                }
            }
        }
        Map<String, Campaign> campaigns = campaigns(top.submap("campaigns"), problems);
        YNode limits = top.node("limits").orElse(null);
        List<RuleSetting> rules = rules(top.submap("rules"), problems);
        return new Charter(file, List.copyOf(forbidden), List.copyOf(required), hashtagMax, tagsRequired, tagsForbidden,
                camel, List.copyOf(allowed), disclosure, https, List.copyOf(domains), utm, shortenersForbidden,
                List.copyOf(shorteners), windows, blackouts, minGap, maxPerDay, approvalLead, translationGap,
                altRequired, altMin, altMax,
                maxBytes, maxEmoji, capsMin, dupDays, similarity, campaigns, limits, rules);
    }

    private static MapReader section(MapReader top, String key, List<String> keys, Problems problems) {
        YMap m = top.submap(key);
        return m == null ? null : new MapReader(m, problems, key, keys);
    }

    /** A term of punctuation only ("(", "!!") would match nothing: an error here, not a crash in the check. */
    private static boolean matchable(String term, SourcePos pos, Problems problems) {
        if (TermMatcher.matchable(term)) {
            String ignored = ignoredSymbols(term);
            if (!ignored.isEmpty()) {
                // "100 %" would flag "100 euros": say so where the charter is written, not in a false finding
                problems.warning(pos, "term '" + term + "': " + ignored + " " + (ignored.codePointCount(0,
                        ignored.length()) == 1 ? "is" : "are") + " not matched (a term is matched by its words, "
                        + "letters and digits): it matches '" + TermMatcher.words(term) + "' wherever it is written");
            }
            return true;
        }
        problems.error(pos, "term '" + term + "' has no letter or digit to match");
        return false;
    }

    /**
     * The symbols of {@code term} that matching leaves out and a writer means ({@code %}, {@code €}, {@code +},
     * {@code #}, {@code @}, {@code &}, an emoji), each once, in order; not spaces, dashes, apostrophes, quotes or
     * other punctuation, which only separate words.
     */
    static String ignoredSymbols(String term) {
        StringBuilder out = new StringBuilder();
        // between two words a symbol is matched ("R&D" finds "R&D" and "R & D"): only those around the words are not
        TermMatcher.outsideWords(term).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean symbol = type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                    || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL || "%‰‱#@&*/\\٪؉؊﹪％＃＠＆＊".indexOf(cp) >= 0;
            if (symbol && out.indexOf(new String(Character.toChars(cp))) < 0) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * A term given twice in a list, as its matching reads it (case, accents, articles: "promo" and "PROMO", "soldes"
     * and "Soldes"): each would give its own finding at the same place; a warning at the second.
     */
    private static void warnRepeatedTerms(List<Term> terms, String key, Problems problems) {
        Map<List<Object>, Term> seen = new java.util.HashMap<>();
        for (Term t : terms) {
            // the same words in the same scope (two scopes may give the same term two suggestions)
            Term first = seen.putIfAbsent(List.of(TermMatcher.words(t.term()), t.scope()), t);
            if (first != null) {
                problems.warning(t.pos(), "term '" + t.term() + "' matches what '" + first.term() + "' (line "
                        + first.pos().line() + ") matches: two findings at each place; keep one " + key + " term");
            }
        }
    }

    private List<Term> terms(MapReader r, String key, Problems problems) {
        List<Term> out = new ArrayList<>();
        YList list = r.list(key);
        if (list == null) {
            return out;
        }
        for (YNode item : list.items()) {
            if (item instanceof YScalar s && s.value() != null) {
                if (matchable(s.value(), s.pos(), problems)) {
                    out.add(new Term(s.value(), null, null, Scope.ALL, s.pos()));
                }
                continue;
            }
            MapReader t = MapReader.of(item, problems, "vocabulary term", TERM_KEYS);
            if (t == null) {
                continue;
            }
            String term = t.requiredString("term");
            Severity sev = severity(t.string("severity"), t.pos("severity"), problems);
            if (term != null && matchable(term, t.pos("term"), problems)) {
                List<String> langs = new ArrayList<>(t.strings("lang"));
                langs.addAll(t.strings("languages"));
                out.add(new Term(term, t.string("suggest"), sev, scope(t, langs, problems), t.map().pos()));
            }
        }
        return out;
    }

    private static List<String> hashtags(MapReader r, String key, Problems problems) {
        List<String> out = new ArrayList<>();
        for (io.edito.yaml.YScalar scalar : r.scalars(key)) {
            String s = scalar.value();
            if (!s.startsWith("#") || s.length() < 2) {
                problems.error(scalar.pos(), "'" + s + "' is not a hashtag (it must start with #)");
            } else if (s.substring(1).codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                    || cp < 0x80 && cp != '_' && !Character.isLetterOrDigit(cp))) {
                // a hashtag ends at a space or a dash: "#Atlas Air" would never be found, and "#low-cost" is #low
                problems.error(scalar.pos(), "'" + s + "' is not one hashtag: a network ends a hashtag at a space, a "
                        + "dash or punctuation, so it would never be found");
            } else {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private Map<String, Integer> perChannelInt(MapReader r, String key, Problems problems) {
        Map<String, Integer> out = new LinkedHashMap<>();
        YNode n = r.node(key).orElse(null);
        if (n == null) {
            return out;
        }
        if (n instanceof YScalar s) {
            Integer v = integer(s, problems);
            if (v != null) {
                out.put("default", v);
            }
            return out;
        }
        YMap m = r.submap(key);
        if (m == null) {
            return out;
        }
        for (YMap.Entry e : m.all()) {
            checkChannel(e, problems);
            if (e.value() instanceof YScalar s) {
                Integer v = integer(s, problems);
                if (v != null) {
                    out.put(e.key(), v);
                }
            } else {
                problems.error(e.value().pos(), "'" + e.key() + "' must be a whole number");
            }
        }
        return out;
    }

    /**
     * The scope of a term or a rule setting; a channel it names that the project does not know is an error at that
     * name (a typo would leave the setting matching nothing, quietly), as in the per-channel settings.
     */
    private Scope scope(MapReader r, List<String> langs, Problems problems) {
        List<String> channels = r.strings("channels");
        for (YScalar s : names(r, "channels")) {
            if (!channelIds.contains(s.value()) || s.value().equals("default")) { // default: a per-channel fallback
                problems.error(s.pos(), "unknown channel '" + s.value() + "'" + Suggest.didYouMean(s.value(), channelIds));
            }
        }
        if (!names.brands().isEmpty()) {
            for (YScalar s : names(r, "brands")) {
                if (!names.brands().contains(s.value())) {
                    problems.error(s.pos(), "unknown brand '" + s.value() + "'" + Suggest.didYouMean(s.value(), names.brands()));
                }
            }
        }
        if (!names.languages().isEmpty()) {
            for (String key : List.of("lang", "languages")) {
                for (YScalar s : names(r, key)) {
                    if (names.languages().stream().noneMatch(l -> LanguageTag.covers(s.value(), l) || LanguageTag.covers(l, s.value()))) {
                        problems.warning(s.pos(), "no brand or post is written in '" + s.value() + "' (the project's "
                                + "languages: " + String.join(", ", new java.util.TreeSet<>(names.languages()))
                                + "): this applies nowhere");
                    }
                }
            }
        }
        if (!names.campaigns().isEmpty()) {
            for (YScalar s : names(r, "campaigns")) {
                if (!names.campaigns().contains(s.value()) && !declaredCampaigns.contains(s.value())) {
                    problems.warning(s.pos(), "no post is in campaign '" + s.value() + "'"
                            + Suggest.didYouMean(s.value(), names.campaigns()) + ": this applies to none (a campaign "
                            + "planned ahead can be declared under 'campaigns:')");
                }
            }
        }
        return new Scope(channels, langs, r.strings("campaigns"), r.strings("brands"));
    }

    /** The names a scope's {@code key} gives (one, or a list), each with its place in the file. */
    private static List<YScalar> names(MapReader r, String key) {
        List<YScalar> out = new ArrayList<>();
        r.map().get(key).ifPresent(n -> {
            for (YNode item : n instanceof YList l ? l.items() : List.of(n)) {
                if (item instanceof YScalar s && s.value() != null) {
                    out.add(s);
                }
            }
        });
        return out;
    }

    private void checkChannel(YMap.Entry e, Problems problems) {
        if (!channelIds.contains(e.key())) {
            problems.error(e.keyPos(), "unknown channel '" + e.key() + "'" + Suggest.didYouMean(e.key(), channelIds));
        }
    }

    private static Integer integer(YScalar s, Problems problems) {
        try {
            int v = Integer.parseInt(s.value() == null ? "" : s.value().strip());
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            problems.error(s.pos(), "expected a whole number, not '" + s.value() + "'");
            return null;
        }
    }

    private static int intValue(MapReader r, String key, int fallback, Problems problems) {
        if (!r.has(key) || !(r.node(key).get() instanceof YScalar s)) {
            return fallback;
        }
        Integer v = integer(s, problems);
        return v == null ? fallback : v;
    }

    /** {@code 2h}, {@code 30m}, {@code 1h30m}, {@code 1d}: {@link Durations}. */
    static Duration duration(YNode n, Problems problems) {
        String text = n instanceof YScalar s ? s.value() : null;
        Duration d = Durations.parse(text);
        if (d == null) {
            problems.error(n.pos(), "expected a duration such as 30m, 2h, 1h30m or 1d (at most 366d), not '" + text + "'");
        }
        return d;
    }

    private static long size(String text, SourcePos pos, Problems problems) {
        Matcher m = Pattern.compile("(?i)(\\d+)\\s*(kb|mb|gb|b)?").matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            problems.error(pos, "expected a size such as 8MB or 500KB, not '" + text + "'");
            return 0;
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        try {
            long v = Long.parseLong(m.group(1));
            return switch (unit) {
                case "kb" -> Math.multiplyExact(v, 1024L);
                case "mb" -> Math.multiplyExact(v, 1024L * 1024);
                case "gb" -> Math.multiplyExact(v, 1024L * 1024 * 1024);
                default -> v;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            problems.error(pos, "size '" + text + "' is too large");
            return 0;
        }
    }

    private Map<String, List<Window>> windows(MapReader sched, Problems problems) {
        Map<String, List<Window>> out = new LinkedHashMap<>();
        YMap w = sched.submap("windows");
        if (w == null) {
            return out;
        }
        for (YMap.Entry ch : w.all()) {
            checkChannel(ch, problems);
            if (!(ch.value() instanceof YMap days)) {
                problems.error(ch.value().pos(), "windows of '" + ch.key() + "' map days to hours, such as "
                        + "{ mon-fri: \"11:00-14:00,18:00-21:00\" }");
                continue;
            }
            List<Window> list = new ArrayList<>();
            for (YMap.Entry d : days.all()) {
                Set<DayOfWeek> set = days(d.key(), d.keyPos(), problems);
                String hours = d.value() instanceof YScalar s ? s.value() : null;
                if (hours == null) {
                    problems.error(d.value().pos(), "expected hours such as \"11:00-14:00,18:00-21:00\"");
                    continue;
                }
                for (String range : hours.split(",")) {
                    Window win = window(set, range.strip(), d.value().pos(), problems);
                    if (win != null) {
                        list.add(win);
                    }
                }
            }
            out.put(ch.key(), List.copyOf(list));
        }
        return out;
    }

    private static Set<DayOfWeek> days(String spec, SourcePos pos, Problems problems) {
        Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
        for (String part : spec.toLowerCase(Locale.ROOT).split(",")) {
            String p = part.strip();
            if (p.equals("all") || p.equals("every day") || p.equals("daily")) {
                out.addAll(EnumSet.allOf(DayOfWeek.class));
                continue;
            }
            String[] ends = p.split("-");
            int a = DAYS.indexOf(ends[0].strip());
            int b = ends.length > 1 ? DAYS.indexOf(ends[1].strip()) : a;
            if (a < 0 || b < 0 || ends.length > 2) {
                problems.error(pos, "'" + spec + "' is not a day or day range (mon, tue, ... sun; mon-fri; sat,sun)");
                continue;
            }
            for (int i = a; ; i = (i + 1) % 7) {
                out.add(DayOfWeek.of(i + 1));
                if (i == b) {
                    break;
                }
            }
        }
        return out;
    }

    private static Window window(Set<DayOfWeek> days, String range, SourcePos pos, Problems problems) {
        String[] ends = range.split("-");
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("", range, 0);
            }
            LocalTime start = LocalTime.parse(pad(ends[0].strip()));
            boolean midnight = ends[1].strip().equals("24:00");
            LocalTime end = midnight ? LocalTime.MAX : LocalTime.parse(pad(ends[1].strip()));
            if (!midnight && !end.isAfter(start)) {
                problems.error(pos, "window '" + range + "' ends before it starts");
                return null;
            }
            return new Window(days, start, end, midnight);
        } catch (DateTimeParseException e) {
            problems.error(pos, "'" + range + "' is not an hour range such as 11:00-14:00");
            return null;
        }
    }

    private static String pad(String t) {
        return t.length() == 4 ? "0" + t : t;
    }

    private static List<Blackout> blackouts(MapReader sched, Problems problems) {
        List<Blackout> out = new ArrayList<>();
        YList list = sched.list("blackout");
        if (list == null) {
            return out;
        }
        for (YNode item : list.items()) {
            MapReader b = MapReader.of(item, problems, "blackout", List.of("from", "to", "reason"));
            if (b == null) {
                continue;
            }
            LocalDate from = date(b, "from", problems);
            LocalDate to = b.has("to") ? date(b, "to", problems) : from;
            if (from != null && to != null) {
                if (to.isBefore(from)) {
                    problems.error(b.pos("to"), "blackout ends before it starts");
                } else {
                    out.add(new Blackout(from, to, b.string("reason"), b.map().pos()));
                }
            }
        }
        return List.copyOf(out);
    }

    private static LocalDate date(MapReader r, String key, Problems problems) {
        String s = r.requiredString(key);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            problems.error(r.pos(key), "'" + s + "' is not a date such as 2026-12-31");
            return null;
        }
    }

    private static Map<String, Campaign> campaigns(YMap m, Problems problems) {
        Map<String, Campaign> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        for (YMap.Entry e : m.all()) {
            MapReader c = MapReader.of(e.value(), problems, "campaign '" + e.key() + "'", List.of("from", "to"));
            if (c == null) {
                continue;
            }
            LocalDate from = date(c, "from", problems);
            LocalDate to = date(c, "to", problems);
            if (from != null && to != null) {
                out.put(e.key(), new Campaign(e.key(), from, to));
            }
        }
        return out;
    }

    /**
     * "did you mean" for an unknown rule: among the rule ids and their families ({@code stile} → {@code style}), and
     * a network written by another of its names ({@code length.twitter} → {@code length.x}).
     */
    private String suggestRule(String id) {
        int dot = id.indexOf('.');
        if (dot > 0) {
            String renamed = id.substring(0, dot + 1) + io.edito.network.NetworkNames.canonical(id.substring(dot + 1));
            if (!renamed.equals(id) && ruleIds.contains(renamed)) {
                return " (did you mean '" + renamed + "'?)";
            }
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>(ruleIds);
        for (String r : ruleIds) {
            if (r.indexOf('.') > 0) {
                names.add(r.substring(0, r.indexOf('.')));
            }
        }
        return Suggest.didYouMean(id, names);
    }

    private List<RuleSetting> rules(YMap m, Problems problems) {
        List<RuleSetting> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        for (YMap.Entry e : m.all()) {
            String id = e.key();
            boolean family = ruleIds.stream().anyMatch(r -> r.startsWith(id + "."));
            if (!ruleIds.contains(id) && !family) {
                problems.error(e.keyPos(), "unknown rule '" + id + "'" + suggestRule(id));
                continue;
            }
            List<YNode> entries = e.value() instanceof YList l ? l.items() : List.of(e.value());
            for (YNode n : entries) {
                RuleSetting s = setting(id, n, problems);
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    private RuleSetting setting(String id, YNode n, Problems problems) {
        if (n instanceof YScalar s) {
            if ("off".equals(s.value()) || "false".equals(s.value())) {
                return new RuleSetting(id, null, Scope.ALL, s.pos());
            }
            Severity sev = severity(s.value(), s.pos(), problems, true);
            return sev == null ? null : new RuleSetting(id, sev, Scope.ALL, s.pos());
        }
        List<String> keys = new ArrayList<>(List.of("severity"));
        keys.addAll(SCOPE_KEYS);
        MapReader r = MapReader.of(n, problems, "rule '" + id + "'", keys);
        if (r == null) {
            return null;
        }
        String sevText = r.string("severity");
        Severity sev = null;
        if (sevText == null) {
            problems.error(r.map().pos(), "rule '" + id + "' needs 'severity' (error, warning, info or off)");
            return null;
        } else if (!"off".equals(sevText)) {
            sev = severity(sevText, r.pos("severity"), problems, true);
            if (sev == null) {
                return null;
            }
        }
        return new RuleSetting(id, sev, scope(r, r.strings("languages"), problems), r.map().pos());
    }

    private static Severity severity(String s, SourcePos pos, Problems problems) {
        return severity(s, pos, problems, false);
    }

    /** {@code off}: whether {@code off} is one of the values (a rule's setting, not a term's severity). */
    private static Severity severity(String s, SourcePos pos, Problems problems, boolean off) {
        if (s == null) {
            return null;
        }
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            problems.error(pos, (off ? "severity must be error, warning, info or off, not '"
                    : "severity must be error, warning or info, not '") + s + "'"
                    + Suggest.didYouMean(s, off ? List.of("error", "warning", "info", "off")
                    : List.of("error", "warning", "info")));
            return null;
        }
    }
}
