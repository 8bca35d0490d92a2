package io.edito.check.render;

import static io.edito.check.render.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.core.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit and Checkstyle XML, each parsed back with the JDK's DOM parser. */
class CheckXmlTest {

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    @Test
    void junitHasATestCasePerPostAndChannelGroupedByFileWithCorrectCounts() throws Exception {
        Element root = parse(CheckJunit.render(Fixtures.result(), Severity.ERROR)).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("5");
        assertThat(root.getAttribute("failures")).isEqualTo("4");
        assertThat(root.getAttribute("errors")).isEqualTo("0");
        List<Element> suites = children(root, "testsuite");
        assertThat(suites).extracting(s -> s.getAttribute("name")).containsExactly("calendar/dec.yaml", "calendar/jan.yaml");
        Element dec = suites.get(0);
        assertThat(dec.getAttribute("tests")).isEqualTo("4");
        assertThat(dec.getAttribute("failures")).isEqualTo("3");
        List<Element> cases = children(dec, "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name"))
                .containsExactly("soldes-hiver @ instagram", "soldes-hiver @ x", "nouvel-an @ x", "(file)");
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.getAttribute("classname")).isEqualTo("calendar/dec.yaml");
            assertThat(c.getAttribute("file")).isEqualTo("calendar/dec.yaml");
        });

        // a finding about the whole post fails each of its channels
        for (Element soldes : cases.subList(0, 2)) {
            Element failure = children(soldes, "failure").get(0);
            assertThat(failure.getAttribute("message")).isEqualTo("2 findings: vocabulary.forbidden");
            assertThat(failure.getAttribute("type")).isEqualTo("vocabulary.forbidden");
            assertThat(failure.getTextContent()).isEqualTo(
                    "calendar/dec.yaml:4:17: error[vocabulary.forbidden] forbidden term 'pas cher' (fr);"
                            + " suggestion: write 'à petit prix'\n"
                            + "calendar/dec.yaml:6:26: error[vocabulary.forbidden] forbidden term 'رخيص' (ar);"
                            + " suggestion: write 'بسعر مناسب'\n");
        }
        // an error fails the case, the warning below --fail-on goes to system-out
        Element nouvelAn = cases.get(2);
        assertThat(children(nouvelAn, "failure").get(0).getAttribute("message")).isEqualTo("X post too long: 312/280 (X weighted length)");
        assertThat(children(nouvelAn, "failure").get(0).getAttribute("type")).isEqualTo("length.x");
        assertThat(children(nouvelAn, "system-out").get(0).getTextContent()).isEqualTo(
                "calendar/dec.yaml:9:33: warning[style.punctuation] repeated punctuation '!!!' (fr); suggestion: !\n");
        // the whole-file finding has its own case and does not fail below --fail-on
        Element file = cases.get(3);
        assertThat(children(file, "failure")).isEmpty();
        assertThat(children(file, "system-out").get(0).getTextContent())
                .isEqualTo("calendar/dec.yaml: info[schedule.max_per_day] post 4 on x on 2026-12-31; the charter allows 3 a day\n");

        Element jan = suites.get(1);
        assertThat(jan.getAttribute("tests")).isEqualTo("1");
        assertThat(jan.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void junitFailureLevelFollowsFailOn() throws Exception {
        Element info = parse(CheckJunit.render(Fixtures.result(), Severity.INFO)).getDocumentElement();
        assertThat(info.getAttribute("failures")).isEqualTo("5");
        Element dec = children(info, "testsuite").get(0);
        Element nouvelAn = children(dec, "testcase").get(2);
        assertThat(children(nouvelAn, "failure").get(0).getAttribute("message"))
                .isEqualTo("2 findings: length.x, style.punctuation");
        assertThat(children(nouvelAn, "failure").get(0).getAttribute("type")).isEqualTo("length.x style.punctuation");
        assertThat(children(nouvelAn, "system-out")).isEmpty();

        Element clean = parse(CheckJunit.render(Fixtures.clean(), Severity.ERROR)).getDocumentElement();
        assertThat(clean.getAttribute("tests")).isEqualTo("1");
        assertThat(clean.getAttribute("failures")).isEqualTo("0");
        Element only = children(children(clean, "testsuite").get(0), "testcase").get(0);
        assertThat(only.getAttribute("name")).isEqualTo("galette @ facebook");
        assertThat(only.getChildNodes().getLength()).isZero();
    }

    @Test
    void aFindingMergedAcrossChannelsFailsEachOfThemAndNoInventedCase() throws Exception {
        // regression: "p1 @ x,threads" was a failing case of its own while "p1 @ x" and "p1 @ threads" passed
        Path f = Path.of("calendar", "dec.yaml");
        Finding merged = new Finding("links.https", Severity.ERROR, "p1", "x,threads", "fr", at(f, 3, 9), at(f, 3, 20),
                "http://e.com is not https", null);
        CheckResult r = new CheckResult(List.of(merged), 1,
                List.of(new Checked("p1", "x", at(f, 2, 5)), new Checked("p1", "threads", at(f, 2, 5))),
                Fixtures.rules(), Map.of());
        Element root = parse(CheckJunit.render(r, Severity.ERROR)).getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        List<Element> cases = children(children(root, "testsuite").get(0), "testcase");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactly("p1 @ x", "p1 @ threads");
        assertThat(cases).allSatisfy(c -> assertThat(children(c, "failure").get(0).getAttribute("type"))
                .isEqualTo("links.https"));
    }

    @Test
    void everyFindingAppearsEvenWhenItsPostAndChannelWereNotChecked() throws Exception {
        Path f2 = Path.of("calendar", "feb.yaml");
        Finding stray = new Finding("length.x", Severity.ERROR, "ghost", "x", null, at(f2, 3, 1), at(f2, 3, 2), "m", null);
        CheckResult r = new CheckResult(List.of(stray), 1, List.of(), Fixtures.rules(), Map.of());
        Element root = parse(CheckJunit.render(r, Severity.ERROR)).getDocumentElement();
        Element suite = children(root, "testsuite").get(0);
        assertThat(suite.getAttribute("name")).isEqualTo("calendar/feb.yaml");
        assertThat(children(suite, "testcase").get(0).getAttribute("name")).isEqualTo("ghost @ x");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
    }

    @Test
    void aLineBreakInAChartersSuggestionKeepsItsFindingOnOneLine() throws Exception {
        // a suggestion is the charter's text: "write 'a\nb'" made one finding two lines of the failure (review)
        Path f = Path.of("calendar", "dec.yaml");
        Finding two = new Finding("vocabulary.forbidden", Severity.ERROR, "p1", "x", null, at(f, 3, 1), at(f, 3, 4),
                "forbidden term 'pas\r\ncher'", "write 'a\nb\u2028c'");
        CheckResult r = new CheckResult(List.of(two), 1, List.of(new Checked("p1", "x", at(f, 2, 5))), Fixtures.rules(), Map.of());
        Element root = parse(CheckJunit.render(r, Severity.ERROR)).getDocumentElement();
        Element failure = (Element) root.getElementsByTagName("failure").item(0);
        assertThat(failure.getTextContent().strip().lines())
                .containsExactly("calendar/dec.yaml:3:1: error[vocabulary.forbidden] forbidden term 'pas cher'; suggestion: write 'a b c'");
    }

    @Test
    void markupControlCharactersAndArabicSurviveTheRoundTrip() throws Exception {
        String nasty = "a < b && c > d \"q\" 'a' ]]> <!-- x --> \u0001\uFFFF fin 😀 العربية";
        String cleaned = "a < b && c > d \"q\" 'a' ]]> <!-- x --> \uFFFD\uFFFD fin 😀 العربية";
        Path file = Path.of("cal & <x>", "été.yaml");
        Finding f = new Finding("vocabulary.forbidden", Severity.ERROR, "p<1>", "x", "ar", at(file, 1, 2),
                at(file, 1, 3), nasty, "بسعر مناسب");
        CheckResult r = new CheckResult(List.of(f), 1, List.of(new Checked("p<1>", "x", at(file, 1, 1))),
                Fixtures.rules(), Map.of());

        Element junit = parse(CheckJunit.render(r, Severity.ERROR)).getDocumentElement();
        Element tc = children(children(junit, "testsuite").get(0), "testcase").get(0);
        assertThat(tc.getAttribute("classname")).isEqualTo("cal & <x>/été.yaml");
        assertThat(tc.getAttribute("name")).isEqualTo("p<1> @ x");
        Element failure = children(tc, "failure").get(0);
        assertThat(failure.getAttribute("message")).isEqualTo(cleaned);
        assertThat(failure.getTextContent()).contains(cleaned).contains("suggestion: بسعر مناسب");

        Element cs = parse(CheckCheckstyle.render(r)).getDocumentElement();
        Element error = children(children(cs, "file").get(0), "error").get(0);
        assertThat(error.getAttribute("message")).isEqualTo(cleaned + " [p<1> @ x, ar] (suggestion: بسعر مناسب)");
    }

    @Test
    void checkstyleListsEveryCheckedFileWithItsErrors() throws Exception {
        String xml = CheckCheckstyle.render(Fixtures.result());
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element root = parse(xml).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("checkstyle");
        assertThat(root.getAttribute("version")).isEqualTo("4.3");
        List<Element> files = children(root, "file");
        assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly("calendar/dec.yaml", "calendar/jan.yaml");
        List<Element> dec = children(files.get(0), "error");
        assertThat(dec).hasSize(5);
        Element first = dec.get(0);
        assertThat(first.getAttribute("line")).isEqualTo("4");
        assertThat(first.getAttribute("column")).isEqualTo("17");
        assertThat(first.getAttribute("severity")).isEqualTo("error");
        assertThat(first.getAttribute("source")).isEqualTo("edito.vocabulary.forbidden");
        assertThat(first.getAttribute("message"))
                .isEqualTo("forbidden term 'pas cher' [soldes-hiver, fr] (suggestion: write 'à petit prix')");
        assertThat(dec).extracting(e -> e.getAttribute("severity"))
                .containsExactly("error", "error", "error", "warning", "info");
        // a finding about the whole file: line 0 and no column, as Checkstyle writes it
        Element whole = dec.get(4);
        assertThat(whole.getAttribute("line")).isEqualTo("0");
        assertThat(whole.hasAttribute("column")).isFalse();
        assertThat(children(files.get(1), "error")).extracting(e -> e.getAttribute("source"))
                .containsExactly("edito.disclosure");

        Element clean = parse(CheckCheckstyle.render(Fixtures.clean())).getDocumentElement();
        assertThat(children(clean, "file")).extracting(f -> f.getAttribute("name")).containsExactly("calendar/jan.yaml");
        assertThat(children(children(clean, "file").get(0), "error")).isEmpty();
    }

    @Test
    void checkstyleIsIndentedOneElementPerLine() {
        String xml = CheckCheckstyle.render(Fixtures.clean());
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="calendar/jan.yaml"></file>
                </checkstyle>
                """);
    }
}
