package io.edito.check.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.check.RuleInfo;
import io.edito.core.Json;
import io.edito.core.Severity;
import io.edito.core.Sha256;
import io.edito.core.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule described, a region on every
 * result. Columns are UTF-16 code units ({@code run.columnKind}), converted from the model's code points with the
 * source line, and {@code endColumn} is exclusive as SARIF wants. A finding about a whole file points at its
 * first line. Paths are relative URIs with forward slashes against {@code %SRCROOT%}, so the command is to be run
 * from the repository root.
 */
public final class CheckSarif {
    /** GitHub code scanning's limit of results in one SARIF run (more are dropped by the upload). */
    public static final int GITHUB_MAX_RESULTS = 25_000;

    public static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** v2: counts and channels no longer in the key (v1 hashed the channels and ranked findings by them). */
    static final String FINGERPRINT = "editoFinding/v2";
    static final String SRCROOT = "%SRCROOT%";

    private CheckSarif() {
    }

    /**
     * @param toolVersion    edito's version, as {@code tool.driver.version} (left out when null)
     * @param informationUri edito's home page, as {@code tool.driver.informationUri} (left out when null)
     */
    public static String render(CheckResult result, String toolVersion, String informationUri) {
        return Json.pretty(tree(result, toolVersion, informationUri));
    }

    static ObjectNode tree(CheckResult result, String toolVersion, String informationUri) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        Map<String, RuleInfo> rules = rules(result);
        Map<String, Integer> index = new HashMap<>();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "edito");
        if (toolVersion != null && !toolVersion.isBlank()) {
            driver.put("version", toolVersion);
        }
        if (informationUri != null && !informationUri.isBlank()) {
            driver.put("informationUri", informationUri);
        }
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleInfo rule : rules.values()) {
            index.put(rule.id(), index.size());
            descriptor(descriptors.addObject(), rule);
        }

        run.put("columnKind", "utf16CodeUnits");
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", "The directory edito check ran in: the root of the calendar repository.");

        ArrayNode results = run.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : result.findings()) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", index.get(f.rule()));
            r.put("level", level(f.severity()));
            r.putObject("message").put("text", Spans.oneLine(f));
            ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", uri(Spans.file(f)));
            if (Spans.file(f) == null || !Spans.file(f).isAbsolute()) {
                artifact.put("uriBaseId", SRCROOT);
            }
            region(physical.putObject("region"), result, f);
            String key = fingerprintKey(f);
            int occurrence = seen.merge(key, 1, Integer::sum);
            r.putObject("partialFingerprints").put(FINGERPRINT, Sha256.hex128(key) + ":" + occurrence);
            ObjectNode props = r.putObject("properties");
            putIf(props, "post", f.postId());
            putIf(props, "channel", f.channel());
            putIf(props, "lang", f.lang());
            putIf(props, "suggestion", f.suggestion());
        }
        return log;
    }

    /**
     * What a finding's fingerprint is made of: its rule, post and language, and its message with the numbers left out
     * (the term, the file, the network it names: what the problem is, not how big). Not its channels: a finding
     * merged across channels changed its fingerprint when a channel joined the post, or with {@code --channel};
     * not its counts: "281/280" became "285/280" when the text grew. A fingerprint still counts the findings that
     * share all of this ({@code :1}, {@code :2}).
     */
    static String fingerprintKey(Finding f) {
        return String.join("\u0000", f.rule(), nz(f.postId()), nz(f.lang()), DIGITS.matcher(nz(f.message())).replaceAll("#"));
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9][0-9,.]*");

    /** The run's rules: every RuleInfo, then a bare descriptor for a rule a finding names but no RuleInfo has. */
    private static Map<String, RuleInfo> rules(CheckResult result) {
        Map<String, RuleInfo> rules = new LinkedHashMap<>();
        for (RuleInfo r : result.rules()) {
            rules.putIfAbsent(r.id(), r);
        }
        for (Finding f : result.findings()) {
            rules.computeIfAbsent(f.rule(), id -> new RuleInfo(id, id, id, "", f.severity()));
        }
        return rules;
    }

    private static void descriptor(ObjectNode d, RuleInfo rule) {
        d.put("id", rule.id());
        d.putObject("shortDescription").put("text", text(rule.shortDescription(), rule.id()));
        d.putObject("fullDescription").put("text", text(rule.fullDescription(), text(rule.shortDescription(), rule.id())));
        String help = text(rule.help(), text(rule.fullDescription(), rule.id()));
        ObjectNode h = d.putObject("help");
        h.put("text", help);
        h.put("markdown", "**" + Spans.markdown(text(rule.shortDescription(), rule.id())) + "** (`" + rule.id() + "`)\n\n"
                + Spans.markdown(text(rule.fullDescription(), "")) + "\n\n**How to fix:** " + Spans.markdown(help)
                + "\n\nThe charter can change this rule's severity or switch it off (see edito's docs/charter.md).");
        d.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    }

    private static void region(ObjectNode region, CheckResult result, Finding f) {
        if (Spans.wholeFile(f)) {
            region.put("startLine", 1);
            return;
        }
        SourcePos start = f.start();
        SourcePos end = Spans.end(f);
        String first = Spans.line(result, start.file(), start.line());
        String last = end.line() == start.line() ? first : Spans.line(result, start.file(), end.line());
        region.put("startLine", start.line());
        region.put("startColumn", Spans.utf16Column(first, Math.max(1, start.column())));
        region.put("endLine", end.line());
        // the model's end is the last character (inclusive): SARIF wants the column after it
        region.put("endColumn", Spans.utf16Column(last, Math.max(1, end.column()) + 1));
    }


    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A relative URI reference for a path: forward slashes, each segment percent-encoded where URIs need it
     * (spaces, non-ASCII); a first segment with a colon gets "./" so it is not read as a scheme.
     */
    static String uri(Path file) {
        if (file == null) {
            return "unknown";
        }
        if (file.isAbsolute()) {
            return file.toUri().toASCIIString();
        }
        String path = Spans.slashed(file);
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (first.contains(":")) {
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI of " + path, e);
        }
    }


    private static String text(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static void putIf(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** For tests: the rules of the run in order, as their ids. */
    static List<String> ruleIds(CheckResult result) {
        return new ArrayList<>(rules(result).keySet());
    }
}
