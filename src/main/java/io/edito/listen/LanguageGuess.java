package io.edito.listen;

import io.edito.text.TermMatcher;
import java.util.List;
import java.util.Set;

/**
 * A simple, deterministic language detection (docs/listening.md#languages): Arabic when at least a third of the
 * letters are Arabic; otherwise French or English by counts of their most frequent short words (plus French accented
 * letters), the larger count winning and French on a tie with at least one hit; {@code und} when nothing decides.
 * Only languages of the brand are answered (and any language when the brand lists none).
 */
public final class LanguageGuess {
    static final String UNDETERMINED = "und";
    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "un", "une", "et", "est", "pas",
            "pour", "avec", "sur", "dans", "mon", "ma", "mes", "je", "nous", "vous", "tres", "merci", "ne", "que",
            "qui", "au", "aux", "ce", "cette", "depuis", "chez", "plus", "sont", "ete", "avons", "notre", "votre");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "are", "was", "were", "my", "to", "of",
            "for", "with", "on", "in", "not", "you", "we", "this", "that", "it", "have", "has", "be", "from", "at",
            "thanks", "our", "your", "they", "been", "just", "what", "why", "again");

    private LanguageGuess() {
    }

    /** The language of {@code text} among {@code allowed} (all three when empty), or {@code und}. */
    public static String of(String text, List<String> allowed) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        int letters = 0;
        int arabic = 0;
        int accented = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                } else if ("éèêàâçùûôîïëœ".indexOf(Character.toLowerCase(cp)) >= 0) {
                    accented++;
                }
            }
        }
        if (letters > 0 && arabic * 3 >= letters) {
            return allowedOr("ar", allowed);
        }
        int fr = accented;
        int en = 0;
        for (String word : TermMatcher.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (FRENCH.contains(word)) {
                fr++;
            }
            if (ENGLISH.contains(word)) {
                en++;
            }
        }
        if (fr == 0 && en == 0) {
            return UNDETERMINED;
        }
        return allowedOr(fr >= en ? "fr" : "en", allowed);
    }

    private static String allowedOr(String lang, List<String> allowed) {
        return allowed.isEmpty() || allowed.contains(lang) ? lang : UNDETERMINED;
    }
}
