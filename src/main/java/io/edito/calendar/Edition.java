package io.edito.calendar;

import io.edito.core.LanguageTag;
import java.util.List;

/**
 * What a post puts out on one account (docs/calendar.md#channels): its content in the account's language, or in
 * each of a bilingual account's languages joined into one.
 *
 * @param languages the post's languages that go out, in the account's order ({@code ar-Latn} where the account says
 *                  {@code ar}); one null for a post of no language on an account of no language
 * @param missing   the account's languages the post has no text in: nothing goes out then
 * @param content   what goes out, or null when a language is missing
 */
public record Edition(List<String> languages, List<String> missing, Content content) {

    public boolean complete() {
        return missing.isEmpty();
    }

    /** Several languages in one text. */
    public boolean joined() {
        return languages.size() > 1;
    }

    /**
     * The language tag of what goes out: {@code fr}, {@code fr+ar} for a joined text, null for no language (or when
     * nothing goes out).
     */
    public String lang() {
        return LanguageTag.joined(languages);
    }
}
