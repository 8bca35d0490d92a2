package io.edito.check.rules;

import io.edito.check.Rule;
import io.edito.check.RuleCatalog;
import io.edito.network.NetworkRegistry;
import java.util.List;

/** The rules edito checks, in the order of the catalog (SARIF's rule list, docs/charter.md#rules). */
public final class BuiltinRules {
    /** Rules keep nothing of their own: what they prepare for a brand is kept in its {@code CheckContext}. */
    private static final List<Rule> ALL = List.of(new LengthRules(), new LinkRules(), new VocabularyRules(),
            new HashtagRules(), new DisclosureRule(), new StyleRules(), new AltTextRules(), new LanguageRules(),
            new ScheduleRules(), new MediaRules(), new ThreadRule(), new AudienceRules(), new DuplicateRule(),
            new IgnoreRule());

    private BuiltinRules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static RuleCatalog catalog(NetworkRegistry networks) {
        return new RuleCatalog(all(), networks);
    }
}
