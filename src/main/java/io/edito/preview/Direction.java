package io.edito.preview;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Bidi;
import io.edito.core.LanguageTag;
import java.util.Locale;
import java.util.Set;

/** The base direction of a text: from its first strong character (UAX #9, rules P2-P3), else from its language. */
public enum Direction {
    LTR, RTL;

    /** Languages written right to left, for texts with no strong character (only emoji, digits, punctuation). */
    private static final Set<String> RTL_LANGUAGES = Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku",
            "ps", "sd", "syr", "ug", "ur", "yi");

    /** The direction of {@code text}; {@code fallback} when it has no strong character. */
    public static Direction of(String text, Direction fallback) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        return switch (Bidi.getBaseDirection(text)) {
            case Bidi.RTL -> RTL;
            case Bidi.LTR -> LTR;
            default -> fallback;
        };
    }

    /** The usual direction of a language tag ({@code ar}, {@code ar-MA}, {@code fa}: RTL; {@code ar-Latn}: LTR). */
    public static Direction ofLanguage(String lang) {
        if (lang == null || lang.isEmpty()) {
            return LTR;
        }
        String script = LanguageTag.script(lang.replace('_', '-'));
        if (script != null) { // ar-Latn (Darija in Latin letters) is left to right, az-Arab right to left
            int code = UScript.getCodeFromName(script);
            if (code != UScript.INVALID_CODE) {
                return UScript.isRightToLeft(code) ? RTL : LTR;
            }
        }
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return RTL_LANGUAGES.contains(primary) ? RTL : LTR;
    }

    /** The HTML {@code dir} value. */
    public String html() {
        return this == RTL ? "rtl" : "ltr";
    }
}
