package io.edito.check.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.Json;
import io.edito.core.Severity;
import io.edito.core.SourcePos;

/**
 * {@code {"findings":[{rule,severity,post,channel,lang,file,line,column,endLine,endColumn,message,suggestion}],
 * "summary":{posts,checked,errors,warnings,infos}}}: every key always present (null when unknown); positions
 * 1-based in code points, {@code endColumn} inclusive (the last character of the span); line fields null for a
 * finding about a whole file. The schema is documented in docs/check-output.md.
 */
public final class CheckJson {
    private CheckJson() {
    }

    public static String render(CheckResult result) {
        return Json.pretty(tree(result));
    }

    static ObjectNode tree(CheckResult result) {
        ObjectNode root = Json.object();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("rule", f.rule());
            n.put("severity", f.severity().id());
            n.put("post", f.postId());
            n.put("channel", f.channel());
            n.put("lang", f.lang());
            n.put("file", Spans.file(f) == null ? null : Spans.slashed(Spans.file(f)));
            if (Spans.wholeFile(f)) {
                n.putNull("line");
                n.putNull("column");
                n.putNull("endLine");
                n.putNull("endColumn");
            } else {
                SourcePos end = Spans.end(f);
                n.put("line", f.start().line());
                n.put("column", Math.max(1, f.start().column()));
                n.put("endLine", end.line());
                n.put("endColumn", Math.max(1, end.column()));
            }
            n.put("message", f.message());
            n.put("suggestion", f.suggestion());
        }
        ObjectNode s = root.putObject("summary");
        s.put("posts", result.posts());
        s.put("checked", result.checked() == null ? 0 : result.checked().size());
        s.put("errors", result.count(Severity.ERROR));
        s.put("warnings", result.count(Severity.WARNING));
        s.put("infos", result.count(Severity.INFO));
        return root;
    }
}
