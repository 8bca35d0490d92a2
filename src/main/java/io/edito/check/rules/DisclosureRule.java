package io.edito.check.rules;

import static io.edito.core.Severity.ERROR;

import io.edito.charter.Charter;
import io.edito.check.CheckContext;
import io.edito.check.Emitter;
import io.edito.check.PostView;
import io.edito.check.Rule;
import io.edito.check.RuleInfo;
import io.edito.core.LanguageTag;
import io.edito.network.NetworkRegistry;
import io.edito.text.Nfc;
import java.util.List;
import java.util.Locale;

/** {@code disclosure}: a paid or partner post carries the disclosure of its language. */
public final class DisclosureRule implements Rule {
    @Override
    public List<RuleInfo> describe(NetworkRegistry networks) {
        return List.of(
                new RuleInfo("disclosure", "Paid or partner post without disclosure", "Paid posts and partnerships must carry the "
                        + "disclosure of their language (#ad, #sponsorisé, #إعلان).", "Add the disclosure to the text.", ERROR));
    }

    @Override
    public void checkView(PostView v, CheckContext ctx, Emitter out) {
        if (!v.oneLanguage()) {
            return; // a joined text: each language carries its own disclosure
        }
        Charter c = ctx.charter();
        if (!v.post().paid() && v.post().partner() == null) {
            return;
        }
        if (v.lang() == null) { // a post of a brand without languages: any of the charter's disclosures will do
            if (!c.disclosure().isEmpty() && c.disclosure().values().stream().noneMatch(d -> contains(v, d))) {
                out.onText("disclosure", v.post(), v.channel(), null, v.source(), (v.post().paid() ? "paid" : "partner")
                        + " post without a disclosure (" + String.join(", ", new java.util.TreeSet<>(
                        c.disclosure().values())) + ")", "add " + c.disclosure().values().iterator().next());
            }
            return;
        }
        String disclosure = null; // ar-Latn's own disclosure, else the one of ar
        for (String tag : LanguageTag.lookup(v.lang())) {
            disclosure = disclosure != null ? disclosure : c.disclosure().get(tag);
        }
        if (disclosure == null) {
            if (!c.disclosure().isEmpty()) {
                out.onText("disclosure", v.post(), v.channel(), v.lang(), v.source(), "no disclosure is defined for "
                        + v.lang() + " in the charter, so this " + (v.post().paid() ? "paid" : "partner")
                        + " post cannot be checked", "add disclosure: { " + v.lang() + ": \"...\" } to the charter");
            }
            return;
        }
        if (!contains(v, disclosure)) {
            out.onText("disclosure", v.post(), v.channel(), v.lang(), v.source(), (v.post().paid() ? "paid" : "partner")
                    + " post without the disclosure " + disclosure, "add " + disclosure);
        }
    }

    /** Whether {@code text} holds {@code tag} (case-insensitive, NFC) not followed by a letter or digit. */
    static boolean contains(String text, String tag) {
        return containsFolded(folded(text), tag);
    }

    /**
     * The view's text in NFC and lower case, its URLs blanked (a {@code #sponsorisé} in a link's fragment discloses
     * nothing to the reader): worked out once for every channel and language showing the text.
     */
    private static boolean contains(PostView v, String tag) {
        return containsFolded(v.entities().derived(FOLDED, e -> folded(withoutUrls(e))), tag);
    }

    private static String withoutUrls(io.edito.text.TextEntities e) {
        if (e.urls().isEmpty()) {
            return e.text();
        }
        char[] c = e.text().toCharArray();
        for (io.edito.text.Entity u : e.urls()) {
            java.util.Arrays.fill(c, u.start(), u.end(), ' ');
        }
        return new String(c);
    }

    /** The key of a text's {@link #folded} form among its derived values. */
    private static final Object FOLDED = new Object();

    /**
     * NFC, lower case, each run of blanks (a no-break space too, as French typography puts) one space: what
     * {@code [\s\u00A0\u2007\u202F]+} replaced by a space gives, read by hand (the pattern was 2 % of a check).
     */
    static String folded(String text) {
        String s = Nfc.normalize(text).toLowerCase(Locale.ROOT);
        int n = s.length();
        StringBuilder out = null; // made at the first run of blanks that is not one space already
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            if (!isBlank(c)) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isBlank(s.charAt(j))) {
                j++;
            }
            if (out == null && (j - i > 1 || c != ' ')) {
                out = new StringBuilder(n).append(s, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = j;
        }
        return out == null ? s : out.toString();
    }

    /** What {@code [\s\u00A0\u2007\u202F]} matches: the ASCII blanks {@code \s} stands for, and three no-break spaces. */
    private static boolean isBlank(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /**
     * Whether {@code t} holds the disclosure as a whole: not inside a word or a longer hashtag on either side
     * ("unpaid partnership", "non#sponsorisé" and "#sponsorisé_par_riad" disclose nothing).
     */
    private static boolean containsFolded(String t, String tag) {
        String d = folded(tag);
        for (int i = t.indexOf(d); i >= 0; i = t.indexOf(d, i + 1)) {
            int after = i + d.length();
            // the edges that are part of a word must not go on into another one ("(pub)" may touch the word before)
            int first = d.codePointAt(0); // a hashtag is one only after a blank or punctuation: "non#sponsorisé" is not
            boolean startsApart = !(inWord(first) || first == '#' || first == '\uFF03') || i == 0
                    || !inWord(t.codePointBefore(i));
            boolean endsApart = !inWord(d.codePointBefore(d.length())) || after >= t.length()
                    || !inWord(t.codePointAt(after));
            if (startsApart && endsApart) {
                return true;
            }
        }
        return false;
    }

    /** A letter, a digit or an underscore: what continues a word or a hashtag. */
    private static boolean inWord(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK;
    }
}
