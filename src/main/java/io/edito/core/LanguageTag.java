package io.edito.core;

import java.util.List;
import java.util.Locale;

/**
 * The one place that says how language tags compare (BCP 47: {@code ar}, {@code ar-MA}, {@code ar-Latn}). A tag
 * with subtags is a form of its language: {@code ar-Latn} (Darija or Arabizi written in Latin letters) is Arabic
 * for the brand's {@code languages:}, for a charter setting scoped to {@code ar} and for a charter's {@code ar}
 * disclosure when there is none for {@code ar-Latn} itself; its script subtag says which script its text is in.
 */
public final class LanguageTag {
    private LanguageTag() {
    }

    private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Whether {@code tag} is a language code as edito takes it (fr, ar, en, ar-Latn, pt-BR...): posts, init. */
    public static boolean isValid(String tag) {
        return tag != null && SYNTAX.matcher(tag).matches();
    }

    /** The primary language subtag, lower case: {@code ar} for {@code ar-Latn-MA}; null for null. */
    public static String language(String tag) {
        if (tag == null) {
            return null;
        }
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    /** The script subtag (four letters, ISO 15924) in title case, {@code Latn}; null when the tag has none. */
    public static String script(String tag) {
        if (tag == null) {
            return null;
        }
        String[] parts = tag.split("-");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.length() == 4 && p.chars().allMatch(Character::isLetter)) {
                return Character.toUpperCase(p.charAt(0)) + p.substring(1).toLowerCase(Locale.ROOT);
            }
            if (p.length() == 1) {
                break; // an extension or private use: no script after it
            }
        }
        return null;
    }

    /** The Unicode script a script subtag names ({@code Latn}: LATIN); null when there is none or it is unknown. */
    public static Character.UnicodeScript unicodeScript(String tag) {
        String s = script(tag);
        if (s == null) {
            return null;
        }
        switch (s) { // ISO 15924 codes for script variants Unicode names by their main script
            case "Hans", "Hant", "Jpan" -> {
                return Character.UnicodeScript.HAN;
            }
            case "Kore" -> {
                return Character.UnicodeScript.HANGUL;
            }
            default -> {
            }
        }
        try {
            return Character.UnicodeScript.forName(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether a text in {@code tag} counts as {@code wanted}: the same tag (case aside); {@code wanted} is a bare
     * language and {@code tag} a form of it ({@code ar-Latn} counts as {@code ar}, not the other way round); or
     * {@code wanted} is a language in a script and {@code tag} that language written without a script subtag, whose
     * usual script it is ({@code ar} and {@code ar-MA} count as {@code ar-Arab}, {@code ar-Latn} does not: a charter
     * term in Arabic letters scoped to {@code ar-Arab} is not asked of an Arabizi text).
     */
    public static boolean covers(String wanted, String tag) {
        if (wanted == null || tag == null) {
            return false;
        }
        if (wanted.equalsIgnoreCase(tag)) {
            return true;
        }
        int dash = wanted.indexOf('-');
        if (dash < 0) {
            return wanted.equalsIgnoreCase(language(tag));
        }
        String wantedScript = script(wanted);
        return wantedScript != null && wanted.length() == dash + 5 && script(tag) == null
                && language(wanted).equals(language(tag)) && wantedScript.equals(usualScript(tag));
    }

    /** Each tag's usual script ({@link #usualScript}), as asked: a few tags in a run. */
    private static final java.util.Map<String, String> USUAL_SCRIPT = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The script {@code tag} is written in when it says none: {@code Arab} for {@code ar} and {@code ar-MA},
     * {@code Latn} for {@code fr} (CLDR's likely subtags, through ICU); empty when unknown.
     */
    static String usualScript(String tag) {
        return USUAL_SCRIPT.computeIfAbsent(tag.toLowerCase(Locale.ROOT), t -> {
            try {
                return com.ibm.icu.util.ULocale.addLikelySubtags(com.ibm.icu.util.ULocale.forLanguageTag(t)).getScript();
            } catch (RuntimeException e) {
                return "";
            }
        });
    }

    /** Whether any of {@code wanted} {@link #covers covers} {@code tag}. */
    public static boolean coveredByAny(java.util.Collection<String> wanted, String tag) {
        for (String w : wanted) {
            if (covers(w, tag)) {
                return true;
            }
        }
        return false;
    }

    /** The tags to look a per-language setting up under, most specific first: {@code ar-Latn}, then {@code ar}. */
    public static List<String> lookup(String tag) {
        if (tag == null) {
            return List.of();
        }
        String lang = language(tag);
        return lang.equals(tag) ? List.of(tag) : List.of(tag, lang);
    }

    /**
     * The tag of a text that holds several languages (a bilingual account's caption): {@code fr+ar}. A BCP 47 tag never
     * holds {@code +}, so {@link #parts} reads it back. One language stays its own tag (null for a text of no language); none is null.
     */
    public static String joined(List<String> languages) {
        return languages.isEmpty() ? null : languages.size() == 1 ? languages.get(0) : String.join("+", languages);
    }

    /** The languages of a tag made by {@link #joined} ({@code fr+ar}: fr, ar; {@code fr}: fr); none for null. */
    public static List<String> parts(String tag) {
        return tag == null ? List.of() : List.of(tag.split("\\+"));
    }
}
