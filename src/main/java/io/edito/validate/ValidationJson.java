package io.edito.validate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edito.core.Json;
import io.edito.core.Problem;

/** {@code {"problems":[{severity,file,line,column,message}],"summary":{files,posts,errors,warnings}}}. */
public final class ValidationJson {
    private ValidationJson() {
    }

    public static String render(Validation v) {
        ObjectNode root = Json.object();
        ArrayNode problems = root.putArray("problems");
        for (Problem p : v.problems()) {
            ObjectNode n = problems.addObject();
            n.put("severity", p.isError() ? "error" : "warning");
            n.put("file", p.pos().file() == null ? null : p.pos().file().toString());
            if (p.pos().line() > 0) {
                n.put("line", p.pos().line());
                n.put("column", p.pos().column());
            }
            n.put("message", p.message());
        }
        ObjectNode s = root.putObject("summary");
        s.put("files", v.files());
        s.put("posts", v.posts());
        s.put("errors", v.errors());
        s.put("warnings", v.warnings());
        return Json.pretty(root);
    }
}
