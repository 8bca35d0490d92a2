package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import io.edito.core.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML (the Surefire layout that GitLab, Jenkins and most CI read): a {@code testsuite} per calendar file and a
 * {@code testcase} per post × channel checked ({@code classname} = the file, {@code name} = "post @ channel").
 * <p>
 * A test case fails when it has a finding at or above the fail level ({@code --fail-on}, so the XML agrees with the
 * exit code): one {@code <failure>} element whose {@code message} is the finding's message (or the count when there
 * are several), whose {@code type} lists the rule ids, and whose text lists every such finding as
 * {@code file:line:column: severity[rule] message}. Findings below the fail level go to the test case's
 * {@code <system-out>} in the same form, so they are seen without failing the build.
 * <p>
 * A finding about a whole post (no channel) belongs to every channel of that post, one reported for several channels
 * (the same text on Instagram and Facebook) to each of them; a finding that matches no
 * (post, channel) checked gets a test case of its own, so that nothing is left out.
 */
public final class CheckJunit {
    private CheckJunit() {
    }

    /**
     * @param failOn the lowest severity that fails a test case (the command's {@code --fail-on}, error by default)
     */
    public static String render(CheckResult result, Severity failOn) {
        Map<Path, Map<String, Case>> suites = cases(result);
        List<Case> all = suites.values().stream().flatMap(m -> m.values().stream()).toList();

        XmlOut x = new XmlOut();
        x.start("testsuites").attr("name", "edito check").attr("tests", all.size())
                .attr("failures", all.stream().filter(c -> c.fails(failOn)).count()).attr("errors", 0)
                .attr("skipped", 0);
        for (Map.Entry<Path, Map<String, Case>> suite : suites.entrySet()) {
            String file = Spans.slashed(suite.getKey());
            List<Case> cases = new ArrayList<>(suite.getValue().values());
            x.start("testsuite").attr("name", file).attr("tests", cases.size())
                    .attr("failures", cases.stream().filter(c -> c.fails(failOn)).count()).attr("errors", 0)
                    .attr("skipped", 0);
            for (Case c : cases) {
                testcase(x, file, c, failOn);
            }
            x.end();
        }
        x.end();
        return x.finish();
    }

    private static void testcase(XmlOut x, String file, Case c, Severity failOn) {
        List<Finding> failing = c.findings.stream().filter(f -> f.severity().atLeast(failOn)).toList();
        List<Finding> other = c.findings.stream().filter(f -> !f.severity().atLeast(failOn)).toList();
        x.start("testcase").attr("classname", file).attr("name", c.name).attr("file", file);
        if (!failing.isEmpty()) {
            Set<String> rules = new LinkedHashSet<>();
            failing.forEach(f -> rules.add(f.rule()));
            String message = failing.size() == 1 ? failing.get(0).message()
                    : failing.size() + " findings: " + String.join(", ", rules);
            x.start("failure").attr("message", message).attr("type", String.join(" ", rules)).text(lines(failing)).end();
        }
        if (!other.isEmpty()) {
            x.start("system-out").text(lines(other)).end();
        }
        x.end();
    }

    private static String lines(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(Spans.where(f)).append(": ").append(f.severity().id()).append('[').append(f.rule()).append("] ")
                    .append(Spans.flat(f.message())); // one line per finding, whatever a charter's text holds
            if (f.lang() != null) {
                b.append(" (").append(f.lang()).append(')');
            }
            if (f.suggestion() != null && !f.suggestion().isBlank()) {
                b.append("; suggestion: ").append(Spans.flat(f.suggestion()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Test cases by file, in order: one per (post, channel) checked, plus one per finding that matches none. */
    static Map<Path, Map<String, Case>> cases(CheckResult result) {
        Map<Path, Map<String, Case>> suites = new LinkedHashMap<>();
        Map<String, List<Case>> byPost = new LinkedHashMap<>();
        Map<String, Case> byKey = new LinkedHashMap<>();
        for (Checked c : result.checked()) {
            Path file = c.pos() == null ? null : c.pos().file();
            String name = Spans.subject(c.postId(), c.channel());
            Case tc = suites.computeIfAbsent(file, k -> new LinkedHashMap<>())
                    .computeIfAbsent(name, Case::new);
            byKey.put(key(c.postId(), c.channel()), tc);
            byPost.computeIfAbsent(c.postId(), k -> new ArrayList<>()).add(tc);
        }
        for (Finding f : result.findings()) {
            List<Case> targets = new ArrayList<>();
            if (f.channel() != null) {
                for (String channel : f.channels()) { // a finding merged across channels fails each of them
                    Case tc = byKey.get(key(f.postId(), channel));
                    if (tc != null) {
                        targets.add(tc);
                    }
                }
            } else if (f.postId() != null) {
                targets.addAll(byPost.getOrDefault(f.postId(), List.of()));
            }
            if (targets.isEmpty()) {
                String name = Spans.subject(f.postId(), f.channel());
                targets.add(suites.computeIfAbsent(Spans.file(f), k -> new LinkedHashMap<>())
                        .computeIfAbsent(name, Case::new));
            }
            targets.forEach(tc -> tc.findings.add(f));
        }
        return suites;
    }

    private static String key(String post, String channel) {
        return post + "\u0000" + channel;
    }

    static final class Case {
        final String name;
        final List<Finding> findings = new ArrayList<>();

        Case(String name) {
            this.name = name;
        }

        boolean fails(Severity failOn) {
            return findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
        }
    }
}
