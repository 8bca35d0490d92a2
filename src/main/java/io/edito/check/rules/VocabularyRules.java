package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;
import static io.edito.core.Severity.WARNING;

import io.edito.calendar.Text;
import io.edito.calendar.Translation;
import io.edito.charter.Charter;
import io.edito.charter.Term;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.network.NetworkRegistry;
import io.edito.text.DisplayedText;
import io.edito.text.TermMatch;
import io.edito.text.TermMatcher;
import io.edito.text.TextEntities;
import java.util.BitSet;
import java.util.List;
import java.util.function.Function;

/**
 * {@code vocabulary.forbidden} and {@code vocabulary.required}: terms matched case-, accent- and
 * article-insensitively on word boundaries (French elision, Arabic prefixes), compiled once per charter.
 */
public final class VocabularyRules implements Rule {
    private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("vocabulary.forbidden", "Forbidden term", "A term the charter forbids (case-, accent- and article-insensitive).",
                        "Use the suggested wording.", ERROR),
                new RuleInfo("vocabulary.required", "Required term missing", "A term the charter requires in every post of its language.",
                        "Add the term.", WARNING));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.oneLanguage()) {
            return; // a joined text: each of its languages is read with its own words
        }
        ctx.state(this, c -> new Compiled(c.charter())).check(v, out);
    }

    /** The displayed text folded and cut into words once, for the forbidden and the required terms. */
    private static TermMatcher.Prepared prepared(TextEntities e) {
        return e.derived(TermMatcher.Prepared.class, x -> TermMatcher.prepare(x.chars()));
    }

    /** What a view's scope is read from: compared field by field, hashed once (a list of them was 2 % of the rules). */
    private static final class ScopeKey {
        private final String channel;
        private final String network;
        private final String lang;
        private final String campaign;
        private final String brand;
        private final int hash;

        ScopeKey(String channel, String network, String lang, String campaign, String brand) {
            this.channel = channel;
            this.network = network;
            this.lang = lang;
            this.campaign = campaign;
            this.brand = brand;
            int h = java.util.Objects.hashCode(channel);
            h = h * 31 + java.util.Objects.hashCode(network);
            h = h * 31 + java.util.Objects.hashCode(lang);
            h = h * 31 + java.util.Objects.hashCode(campaign);
            this.hash = h * 31 + java.util.Objects.hashCode(brand);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ScopeKey k && hash == k.hash && java.util.Objects.equals(channel, k.channel)
                    && java.util.Objects.equals(network, k.network) && java.util.Objects.equals(lang, k.lang)
                    && java.util.Objects.equals(campaign, k.campaign) && java.util.Objects.equals(brand, k.brand);
        }
    }

    /**
     * Whether the match lies in one of the text's URLs ({@code /vols-pas-cher-paris}) or @mentions
     * ({@code @promo_maroc}): an address or a handle is not the post's wording, and the post cannot reword it; nor
     * does a required term found only there say it to the reader.
     */
    private static boolean inUrlOrMention(TextEntities e, TermMatch m) {
        return overlaps(e.urls(), m.start(), m.end()) || overlaps(mentions(e), m.start(), m.end());
    }

    /** The text's @mentions; none asked for when it has no at sign (most texts: finding them is a scan). */
    private static List<io.edito.text.Entity> mentions(TextEntities e) {
        String t = e.text();
        return t.indexOf('@') < 0 && t.indexOf('\uFF20') < 0 ? List.of() : e.mentions();
    }

    private static boolean overlaps(List<io.edito.text.Entity> entities, int start, int end) {
        for (io.edito.text.Entity u : entities) {
            if (start < u.end() && u.start() < end) {
                return true;
            }
        }
        return false;
    }

    /** Which required terms the text holds in its wording (not only in a link or a handle). */
    private static BitSet wordingHolds(TermMatcher matcher, TextEntities e) {
        List<io.edito.text.Entity> urls = e.urls();
        List<io.edito.text.Entity> mentions = mentions(e);
        if (urls.isEmpty() && mentions.isEmpty()) {
            return matcher.termsIn(prepared(e)); // all of it is wording: no match to place
        }
        return matcher.termsIn(prepared(e), (start, end) -> overlaps(urls, start, end) || overlaps(mentions, start, end));
    }

    /** The brand's charter terms, compiled once per brand. */
    private static final class Compiled {
        private final List<Term> forbidden;
        private final TermMatcher forbiddenMatcher;
        private final List<Term> required;
        private final TermMatcher requiredMatcher;
        private final java.util.Map<ScopeKey, int[]> requiredByScope = new java.util.concurrent.ConcurrentHashMap<>();
        /** A text's forbidden terms, and which required terms it holds: made once, for every text. */
        private final Function<TextEntities, List<TermMatch>> findForbidden;
        private final Function<TextEntities, BitSet> findRequired;
        private static final int[] NONE = new int[0];

        Compiled(Charter charter) {
            this.forbidden = charter.forbidden();
            this.forbiddenMatcher = TermMatcher.compile(forbidden.stream().map(Term::term).toList());
            this.required = charter.required();
            this.requiredMatcher = TermMatcher.compile(required.stream().map(Term::term).toList());
            this.findForbidden = e -> forbiddenMatcher.find(prepared(e));
            this.findRequired = e -> wordingHolds(requiredMatcher, e);
        }

        /** The forbidden terms in {@code d}, the displayed form of {@code source}, one of the view's texts. */
        private void forbidden(PostView v, DisplayedText d, Text source, Emitter out) {
            if (d == null || d.text().isEmpty()) {
                return;
            }
            for (TermMatch m : d.entities().derived(forbiddenMatcher, findForbidden)) {
                Term t = forbidden.get(m.term());
                if (!inScope(t, v) || inUrlOrMention(d.entities(), m)) {
                    continue;
                }
                out.onDisplayed("vocabulary.forbidden", v, source, d, m.start(), m.end(), message(t, d.text(), m, ""),
                        suggestion(t));
                out.severityOfLast(t.severity());
            }
        }

        private static boolean inScope(Term t, PostView v) {
            return t.scope().matches(v.channel(), v.network().id(), v.lang(), v.post().campaign(), v.post().brand());
        }

        /**
         * The finding's message: the term as {@code text} writes it where {@code m} found it ({@code where} said after
         * it), and the charter's term when it is written otherwise.
         */
        private static String message(Term t, String text, TermMatch m, String where) {
            // as the message quotes it: a term matched across a line break reads as written on one line
            String found = BLANKS.matcher(text.substring(m.start(), m.end())).replaceAll(" ");
            return "forbidden term '" + found + "'" + where + (found.equals(t.term()) ? "" : " ('" + t.term() + "')");
        }

        private static String suggestion(Term t) {
            return t.suggest() == null ? null : "write '" + t.suggest() + "'";
        }

        /**
         * The forbidden terms of a Mastodon post's content warning, which the instance shows before anything else:
         * told at its key, on the view of the post's own language (the warning is written once for all of them).
         */
        private void contentWarning(PostView v, Emitter out) {
            if (!v.network().audiences() || v.kind() != PostView.Kind.WHOLE) {
                return;
            }
            // the post's own, on the view of its language; a translation's own, on the view of the translation's
            Translation own = java.util.Objects.equals(v.lang(), v.post().lang()) ? null
                    : v.post().translations().get(v.lang());
            if (own == null && !java.util.Objects.equals(v.lang(), v.post().lang())
                    || own != null && own.contentWarning() == null) {
                return;
            }
            String cw = own != null ? own.contentWarning() : v.post().contentWarning();
            if (cw == null || cw.isBlank()) {
                return;
            }
            for (TermMatch m : forbiddenMatcher.find(cw)) {
                Term t = forbidden.get(m.term());
                if (inScope(t, v)) {
                    String message = message(t, cw, m, " in the content warning");
                    if (own != null) {
                        out.at("vocabulary.forbidden", v.post(), v.channel(), v.lang(), own.contentWarningPos(), message,
                                suggestion(t));
                    } else {
                        out.onKey("vocabulary.forbidden", v.post(), "content_warning", v.channel(), v.lang(), message,
                                suggestion(t));
                    }
                    out.severityOfLast(t.severity());
                }
            }
        }

        /**
         * The indexes of the required terms whose scope takes in a view of this channel, network, language,
         * campaign and brand, in the charter's order: worked out once per combination (a charter may require a
         * hundred terms, each scoped, and a calendar has few combinations).
         */
        private int[] requiredIn(String channel, String network, String lang, String campaign, String brand) {
            if (required.isEmpty()) {
                return NONE;
            }
            ScopeKey scope = new ScopeKey(channel, network, lang, campaign, brand);
            int[] known = requiredByScope.get(scope); // looked up first: no lambda made per view once it is there
            if (known != null) {
                return known;
            }
            return requiredByScope.computeIfAbsent(scope, k -> {
                int[] in = new int[required.size()];
                int n = 0;
                for (int i = 0; i < required.size(); i++) {
                    if (required.get(i).scope().matches(channel, network, lang, campaign, brand)) {
                        in[n++] = i;
                    }
                }
                return java.util.Arrays.copyOf(in, n);
            });
        }

        void check(PostView v, Emitter out) {
            String campaign = v.post().campaign();
            String brand = v.post().brand();
            if (!forbidden.isEmpty()) {
                // every text that goes out: the text, each thread item, the title and the first comment
                forbidden(v, v.displayed(), v.source(), out);
                for (PostView.OtherText other : v.otherTexts()) {
                    forbidden(v, other.displayed(), other.source(), out);
                }
                contentWarning(v, out);
            }
            if (v.text().isEmpty()) {
                return;
            }
            BitSet present = null; // which required terms the text holds: one pass for all of them, when one applies
            for (int i : requiredIn(v.channel(), v.network().id(), v.lang(), campaign, brand)) {
                Term t = required.get(i);
                if (present == null) {
                    present = v.entities().derived(requiredMatcher, findRequired);
                }
                if (!present.get(i)) {
                    out.onText("vocabulary.required", v.post(), v.channel(), v.lang(), v.source(),
                            "required term '" + t.term() + "' is missing", "add '" + t.term() + "'");
                    out.severityOfLast(t.severity());
                }
            }
        }
    }
}
