package io.edito.listen;

import io.edito.config.ListeningConfig;
import io.edito.text.TermMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether an item is a mention (of the brand, or else of a competitor), its language and its kind, with the
 * charter's term matching (case-, accent- and Arabic-article-insensitive, whole words: {@link TermMatcher}).
 */
public final class Classifier {
    private final TermMatcher brand;
    private final Map<String, TermMatcher> competitors = new LinkedHashMap<>();
    /** kind to language to matcher, in the order of {@code classify:}. */
    private final Map<String, Map<String, TermMatcher>> kinds = new LinkedHashMap<>();
    private final List<String> languages;

    public Classifier(ListeningConfig config) {
        this.brand = TermMatcher.compile(config.keywords());
        config.competitors().forEach((name, terms) -> {
            if (!terms.isEmpty()) {
                competitors.put(name, TermMatcher.compile(terms));
            }
        });
        config.classify().forEach((kind, byLang) -> {
            Map<String, TermMatcher> m = new LinkedHashMap<>();
            byLang.forEach((lang, terms) -> {
                if (!terms.isEmpty()) {
                    m.put(lang, TermMatcher.compile(terms));
                }
            });
            kinds.put(kind, m);
        });
        this.languages = config.languages();
    }

    /** What an item is about: the brand ({@code competitor == null}) or a competitor; null when it is neither. */
    public record Subject(String competitor) {
    }

    /** The subject of {@code text}: the brand when its keywords occur, else the first competitor whose do. */
    public Subject subject(String text) {
        if (brand.matchesAny(text)) {
            return new Subject(null);
        }
        for (Map.Entry<String, TermMatcher> c : competitors.entrySet()) {
            if (c.getValue().matchesAny(text)) {
                return new Subject(c.getKey());
            }
        }
        return null;
    }

    /** The declared language when the brand has it (or lists none), else the detected one. */
    public String language(String declared, String text) {
        String d = primary(declared);
        if (d != null && (languages.isEmpty() || languages.contains(d))) {
            return d;
        }
        return LanguageGuess.of(text, languages);
    }

    /**
     * The language a source that knows it declares (Google's reviews: its own detection of the whole review), even
     * one the brand does not list; else the detected one.
     */
    public String declaredLanguage(String declared, String text) {
        String d = primary(declared);
        return d != null ? d : LanguageGuess.of(text, languages);
    }

    /** {@code fr-CA} → {@code fr}; null for none. */
    private static String primary(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String d = declared.strip().toLowerCase(java.util.Locale.ROOT);
        int dash = d.indexOf('-');
        return dash > 0 ? d.substring(0, dash) : d;
    }

    /**
     * The first kind whose terms for {@code lang} (or for {@code any}) occur in the text; for an undetermined
     * language, the terms of every language are tried. {@link Mention#OTHER} when none does.
     */
    public String kind(String text, String lang) {
        for (Map.Entry<String, Map<String, TermMatcher>> k : kinds.entrySet()) {
            for (Map.Entry<String, TermMatcher> l : k.getValue().entrySet()) {
                boolean applies = l.getKey().equals(lang) || l.getKey().equals("any")
                        || LanguageGuess.UNDETERMINED.equals(lang);
                if (applies && l.getValue().matchesAny(text)) {
                    return k.getKey();
                }
            }
        }
        return Mention.OTHER;
    }

    /** Every kind a mention may have: those of {@code classify:} then {@code other}. */
    public List<String> kinds() {
        List<String> out = new ArrayList<>(kinds.keySet());
        out.add(Mention.OTHER);
        return out;
    }
}
