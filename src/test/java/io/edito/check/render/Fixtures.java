package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.check.RuleCatalog;
import io.edito.check.RuleInfo;
import io.edito.check.rules.BuiltinRules;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import io.edito.network.Networks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Check results built by hand, for the renderers' edge cases: French, Arabic, CJK and emoji text, in two calendar
 * files, with every kind of span (one line, a point, several lines, the whole file), real rule ids and messages
 * worded as the rules word them. No rule of edito reports a finding about a whole file today; the renderers still
 * accept one, and the one here tests how they show it. Columns are counted by hand in the comments.
 * (The examples of docs/check-output.md come from a real run instead: see {@link CheckOutputDocTest}.)
 */
final class Fixtures {
    static final Path DEC = Path.of("calendar", "dec.yaml");
    static final Path JAN = Path.of("calendar", "jan.yaml");

    static final List<String> DEC_LINES = List.of(
            "posts:",                                                  // 1
            "  - id: soldes-hiver",                                    // 2
            "    channels: [instagram, x]",                            // 3
            "    text: \"Vols pas cher vers Paris ✈️ dès 49 €\"",        // 4  "pas cher" = columns 17-24
            "    translations:",                                       // 5
            "      ar: { text: \"رحلات رخيص إلى باريس\" }",             // 6  "رخيص" = columns 26-29
            "  - id: nouvel-an",                                       // 7
            "    channels: [x]",                                       // 8
            "    text: \"新年快乐 🎉🎉 réservez vite!!!\"");             // 9  text = 12-35, "!!!" = 33-35

    static final List<String> JAN_LINES = List.of(
            "posts:",                                                  // 1
            "  - id: galette",                                         // 2
            "    channels: [facebook]",                                // 3
            "    text: |",                                             // 4
            "      Galette des rois :",                                // 5
            "      100 % pur beurre, à 50 % !");                       // 6

    private Fixtures() {
    }

    static SourcePos at(Path file, int line, int column) {
        return new SourcePos(file, line, column);
    }

    /** The real catalog's entries of the rules the findings below use, in the order of their first finding. */
    static List<RuleInfo> rules() {
        RuleCatalog catalog = BuiltinRules.catalog(Networks.defaults());
        return Stream.of("length.x", "vocabulary.forbidden", "style.punctuation", "disclosure", "schedule.max_per_day")
                .map(catalog::require).toList();
    }

    /** Five findings in calendar/dec.yaml (one about the whole file) and one in calendar/jan.yaml. */
    static CheckResult result() {
        List<Finding> findings = List.of(
                new Finding("vocabulary.forbidden", Severity.ERROR, "soldes-hiver", null, "fr",
                        at(DEC, 4, 17), at(DEC, 4, 24), "forbidden term 'pas cher'", "write 'à petit prix'"),
                new Finding("vocabulary.forbidden", Severity.ERROR, "soldes-hiver", null, "ar",
                        at(DEC, 6, 26), at(DEC, 6, 29), "forbidden term 'رخيص'", "write 'بسعر مناسب'"),
                new Finding("length.x", Severity.ERROR, "nouvel-an", "x", "fr",
                        at(DEC, 9, 12), at(DEC, 9, 35), "X post too long: 312/280 (X weighted length)", null),
                new Finding("style.punctuation", Severity.WARNING, "nouvel-an", null, "fr",
                        at(DEC, 9, 33), at(DEC, 9, 35), "repeated punctuation '!!!'", "!"),
                new Finding("schedule.max_per_day", Severity.INFO, null, null, null,
                        SourcePos.ofFile(DEC), SourcePos.ofFile(DEC), "post 4 on x on 2026-12-31; the charter allows 3 a day", null),
                new Finding("disclosure", Severity.ERROR, "galette", "facebook", "fr",
                        at(JAN, 5, 7), at(JAN, 6, 32), "partner post without the disclosure #sponsorisé", "add #sponsorisé"));
        List<Checked> checked = List.of(
                new Checked("soldes-hiver", "instagram", at(DEC, 2, 5)),
                new Checked("soldes-hiver", "x", at(DEC, 2, 5)),
                new Checked("nouvel-an", "x", at(DEC, 7, 5)),
                new Checked("galette", "facebook", at(JAN, 2, 5)));
        Map<Path, List<String>> sources = new LinkedHashMap<>();
        sources.put(DEC, DEC_LINES);
        sources.put(JAN, JAN_LINES);
        return new CheckResult(findings, 3, checked, rules(), sources);
    }

    /** No finding at all. */
    static CheckResult clean() {
        List<Checked> checked = List.of(new Checked("galette", "facebook", at(JAN, 2, 5)));
        return new CheckResult(List.of(), 1, checked, rules(), Map.of(JAN, JAN_LINES));
    }

    /** {@code n} findings of each severity on the same post, for the "10 annotations per kind" limit. */
    static CheckResult many(int n) {
        List<Finding> findings = new ArrayList<>();
        for (Severity s : Severity.values()) {
            for (int i = 1; i <= n; i++) {
                findings.add(new Finding("style.punctuation", s, "galette", "facebook", "fr",
                        at(JAN, 6, 30), at(JAN, 6, 30), "finding " + s.id() + " #" + i, null));
            }
        }
        return new CheckResult(findings, 1, List.of(new Checked("galette", "facebook", at(JAN, 2, 5))), rules(),
                Map.of(JAN, JAN_LINES));
    }
}
