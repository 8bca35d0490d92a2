package io.edito.charter;

import io.edito.core.LanguageTag;
import java.util.List;

/**
 * Where a charter setting applies; an empty list means "everywhere" for that dimension. A language scope of
 * {@code ar} takes in every form of Arabic ({@code ar-MA}, {@code ar-Latn}): {@link LanguageTag#covers}.
 */
public record Scope(List<String> channels, List<String> languages, List<String> campaigns, List<String> brands) {
    public static final Scope ALL = new Scope(List.of(), List.of(), List.of(), List.of());

    /** Whether a finding on {@code channel} (an account of {@code network}) in {@code language} is in scope. */
    public boolean matches(String channel, String network, String language, String campaign, String brand) {
        return (in(channels, channel) || in(channels, network)) && (languages.isEmpty() || LanguageTag.coveredByAny(languages, language))
                && in(campaigns, campaign) && in(brands, brand);
    }

    public boolean isAll() {
        return channels.isEmpty() && languages.isEmpty() && campaigns.isEmpty() && brands.isEmpty();
    }

    private static boolean in(List<String> list, String value) {
        return list.isEmpty() || (value != null && list.contains(value));
    }
}
