package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Finding;
import io.edito.core.Json;
import io.edito.core.Severity;
import io.edito.core.SourcePos;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * {@code {"findings":[{rule,severity,post,channel,lang,file,line,column,endLine,endColumn,message,suggestion}],
 * "summary":{posts,checked,errors,warnings,infos}}}: every key always present (null when unknown); positions
 * 1-based in code points, {@code endColumn} inclusive (the last character of the span); line fields null for a
 * finding about a whole file. The schema is documented in docs/check-output.md. Written as it goes, without a tree:
 * {@link Json#pretty(Writer, Json.Body)}.
 */
public final class CheckJson {
    private CheckJson() {
    }

    public static String render(CheckResult result) {
        StringWriter out = new StringWriter();
        write(result, out);
        return out.toString();
    }

    /** {@link #render} to {@code out} as it is written (a check of a large calendar prints tens of megabytes). */
    public static void write(CheckResult result, Writer out) {
        Json.pretty(out, g -> {
            Json.Body opening = x -> {
                x.writeStartObject();
                x.writeArrayFieldStart("findings");
            };
            opening.write(g);
            Json.elements(g, out, opening, result.findings(), CheckJson::finding); // tens of thousands: on all cores
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("posts", result.posts());
            g.writeNumberField("checked", result.checked() == null ? 0 : result.checked().size());
            g.writeNumberField("errors", result.count(Severity.ERROR));
            g.writeNumberField("warnings", result.count(Severity.WARNING));
            g.writeNumberField("infos", result.count(Severity.INFO));
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** One finding: every key always present, in the order of the schema. */
    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("post", f.postId());
        g.writeStringField("channel", f.channel());
        g.writeStringField("lang", f.lang());
        g.writeStringField("file", Spans.file(f) == null ? null : Spans.slashed(Spans.file(f)));
        if (Spans.wholeFile(f)) {
            g.writeNullField("line");
            g.writeNullField("column");
            g.writeNullField("endLine");
            g.writeNullField("endColumn");
        } else {
            SourcePos end = Spans.end(f);
            g.writeNumberField("line", f.start().line());
            g.writeNumberField("column", Math.max(1, f.start().column()));
            g.writeNumberField("endLine", end.line());
            g.writeNumberField("endColumn", Math.max(1, end.column()));
        }
        g.writeStringField("message", f.message());
        g.writeStringField("suggestion", f.suggestion());
        g.writeEndObject();
    }
}
