package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.check.RuleInfo;
import io.edito.check.Severity;
import io.edito.core.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Check results built by hand: French, Arabic, CJK and emoji text, in two calendar files, with every kind of span
 * (one line, a point, several lines, the whole file). Columns are counted by hand in the comments.
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

    static List<RuleInfo> rules() {
        return List.of(
                new RuleInfo("length.x", "Post too long for X",
                        "The text is longer than X accepts, counted as X counts it (weighted length: URLs 23, emoji 2, CJK 2).",
                        "Shorten the text or move part of it to a thread item.", Severity.ERROR),
                new RuleInfo("vocabulary.forbidden", "Forbidden term",
                        "The text uses a term that the brand charter forbids, in any case and with or without accents.",
                        "Use the term the charter suggests instead.", Severity.ERROR),
                new RuleInfo("style.punctuation", "Repeated punctuation",
                        "Several exclamation or question marks in a row read as shouting.",
                        "Keep one mark.", Severity.WARNING),
                new RuleInfo("disclosure.missing", "Missing disclosure",
                        "A paid or partner post lacks the disclosure of its language.",
                        "Add the disclosure (#sponsorisé, #ad, #إعلان).", Severity.ERROR),
                new RuleInfo("charter.unused", "Charter rule with nothing to check",
                        "A rule of the charter applies to no post of the calendar.",
                        "Remove the rule or fix its scope.", Severity.INFO));
    }

    /** Five findings in calendar/dec.yaml (one about the whole file) and one in calendar/jan.yaml. */
    static CheckResult result() {
        List<Finding> findings = List.of(
                new Finding("vocabulary.forbidden", Severity.ERROR, "soldes-hiver", null, "fr",
                        at(DEC, 4, 17), at(DEC, 4, 24), "« pas cher » is forbidden by the charter", "à petit prix"),
                new Finding("vocabulary.forbidden", Severity.ERROR, "soldes-hiver", null, "ar",
                        at(DEC, 6, 26), at(DEC, 6, 29), "« رخيص » is forbidden by the charter", "بسعر مناسب"),
                new Finding("length.x", Severity.ERROR, "nouvel-an", "x", "fr",
                        at(DEC, 9, 12), at(DEC, 9, 35), "312/280 (X weighted length)", null),
                new Finding("style.punctuation", Severity.WARNING, "nouvel-an", null, "fr",
                        at(DEC, 9, 33), at(DEC, 9, 35), "\"!!!\": repeated punctuation", "!"),
                new Finding("charter.unused", Severity.INFO, null, null, null,
                        SourcePos.ofFile(DEC), SourcePos.ofFile(DEC), "no post uses the campaign \"été\"", null),
                new Finding("disclosure.missing", Severity.ERROR, "galette", "facebook", "fr",
                        at(JAN, 5, 7), at(JAN, 6, 32), "partner post without \"#sponsorisé\"", "#sponsorisé"));
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
