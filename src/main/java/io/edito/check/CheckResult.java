package io.edito.check;

import io.edito.core.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code edito check} found, in the order renderers print it (by file, line, column).
 *
 * @param posts   posts in the calendar
 * @param checked the (post, channel) pairs checked (after filters)
 * @param rules   every rule that ran, for SARIF and help
 * @param sources each calendar file's lines, to show the source line under a finding
 */
public record CheckResult(List<Finding> findings, int posts, List<Checked> checked, List<RuleInfo> rules,
                          Map<Path, List<String>> sources) {

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** True when a finding is at or above {@code failOn}: the command then exits 1. */
    public boolean fails(Severity failOn) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
    }

    /** Line {@code line} (1-based) of {@code file}, or an empty string. */
    public String sourceLine(Path file, int line) {
        List<String> lines = sources.get(file);
        return lines == null || line < 1 || line > lines.size() ? "" : lines.get(line - 1);
    }
}
