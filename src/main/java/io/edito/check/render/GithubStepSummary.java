package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.AtomicFiles;
import io.edito.core.EditoException;
import io.edito.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown job summary of {@code --format github}: the counts, a table of counts per rule and the full list of
 * findings (GitHub shows only ten annotations of each kind, the summary shows them all). GitHub takes at most
 * 1 MiB of summary per step: past that the list stops with a line saying how many findings are left out.
 */
public final class GithubStepSummary {
    /** GitHub's limit on the summary of one step. */
    public static final int MAX_BYTES = 1024 * 1024;

    private GithubStepSummary() {
    }

    /**
     * Appends the summary to {@code file} (the path in {@code $GITHUB_STEP_SUMMARY}, read by the CLI), keeping what
     * the step wrote there before. Written through {@link AtomicFiles}: the old content plus the new, then a rename.
     */
    public static void append(Path file, CheckResult result) {
        byte[] before;
        try {
            before = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            before = new byte[0];
        } catch (IOException e) {
            throw EditoException.runtime("cannot read " + file + ": " + e.getMessage(), e);
        }
        byte[] added = markdown(result, MAX_BYTES - before.length).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + added.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(added, 0, all, before.length, added.length);
        AtomicFiles.write(file, all);
    }

    /** The whole summary, within GitHub's limit. */
    public static String markdown(CheckResult result) {
        return markdown(result, MAX_BYTES);
    }

    /** The summary in at most {@code maxBytes} bytes of UTF-8 (the list of findings is cut to fit). */
    static String markdown(CheckResult result, int maxBytes) {
        StringBuilder md = new StringBuilder();
        md.append("\n## edito check\n\n");
        long errors = result.count(Severity.ERROR);
        md.append(errors > 0 ? "❌ " : result.count(Severity.WARNING) > 0 ? "⚠️ " : "✅ ")
                .append("**").append(Spans.summary(result)).append("**\n");
        if (result.findings().isEmpty()) {
            return md.toString();
        }

        Map<String, Map<Severity, Integer>> perRule = new TreeMap<>();
        for (Finding f : result.findings()) {
            perRule.computeIfAbsent(f.rule(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        md.append("\n| rule | errors | warnings | info |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, Map<Severity, Integer>> e : perRule.entrySet()) {
            Map<Severity, Integer> n = e.getValue();
            md.append("| ").append(cell(e.getKey())).append(" | ").append(n.getOrDefault(Severity.ERROR, 0))
                    .append(" | ").append(n.getOrDefault(Severity.WARNING, 0))
                    .append(" | ").append(n.getOrDefault(Severity.INFO, 0)).append(" |\n");
        }

        md.append("\n| severity | where | post | channel | lang | rule | message |\n|---|---|---|---|---|---|---|\n");
        int used = bytes(md);
        int total = result.findings().size();
        int budget = maxBytes - 400; // room for the closing line
        for (int i = 0; i < total; i++) {
            String row = row(result.findings().get(i));
            int size = bytes(row);
            if (used + size > budget) {
                md.append("\n").append(total - i).append(" more ").append(total - i == 1 ? "finding" : "findings")
                        .append(" left out: GitHub takes at most 1 MiB of summary per step. ")
                        .append("Use `--format sarif` or `--format json` for the full list.\n");
                return md.toString();
            }
            md.append(row);
            used += size;
        }
        return md.toString();
    }

    private static String row(Finding f) {
        String where = Spans.where(f);
        String message = f.message() == null ? "" : f.message();
        if (f.suggestion() != null && !f.suggestion().isBlank()) {
            message += " → " + f.suggestion();
        }
        return "| " + severity(f.severity()) + " | " + cell(where) + " | " + cell(f.postId()) + " | "
                + cell(f.channel()) + " | " + cell(f.lang()) + " | " + cell(f.rule()) + " | " + cell(message) + " |\n";
    }

    private static String severity(Severity s) {
        return switch (s) {
            case ERROR -> "❌ error";
            case WARNING -> "⚠️ warning";
            case INFO -> "ℹ️ info";
        };
    }

    /**
     * Text as a table cell that shows literally: Markdown punctuation backslash-escaped (so a post's text cannot
     * add links, images or HTML), line breaks as spaces, since a cell is one line.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return Spans.markdown(Spans.printable(Spans.flat(s)));
    }

    private static int bytes(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
