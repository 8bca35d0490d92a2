package io.edito.check.render;

import io.edito.check.CheckResult;
import io.edito.check.Checked;
import io.edito.check.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML, read by reviewdog, Jenkins warnings-ng, SonarQube and others:
 * {@code <checkstyle version="4.3"><file name=".."><error line column severity message source/></file></checkstyle>}.
 * Every file checked is listed, with no error when it is clean. As Checkstyle itself does, {@code line} is always
 * written (0 for a finding about the whole file) and {@code column} only when known; columns count code points.
 * {@code severity} is error, warning or info; {@code source} is {@code edito.} and the rule id.
 */
public final class CheckCheckstyle {
    /** The format version that Checkstyle-reading tools expect. */
    static final String VERSION = "4.3";

    private CheckCheckstyle() {
    }

    public static String render(CheckResult result) {
        Map<Path, List<Finding>> files = new LinkedHashMap<>();
        for (Checked c : result.checked()) {
            files.computeIfAbsent(c.pos() == null ? null : c.pos().file(), k -> new ArrayList<>());
        }
        for (Finding f : result.findings()) {
            files.computeIfAbsent(Spans.file(f), k -> new ArrayList<>()).add(f);
        }
        XmlOut x = new XmlOut();
        x.start("checkstyle").attr("version", VERSION);
        for (Map.Entry<Path, List<Finding>> file : files.entrySet()) {
            x.start("file").attr("name", Spans.slashed(file.getKey()));
            for (Finding f : file.getValue()) {
                x.empty("error").attr("line", Spans.wholeFile(f) ? 0 : f.start().line());
                if (!Spans.wholeFile(f) && f.start().column() > 0) {
                    x.attr("column", f.start().column());
                }
                x.attr("severity", f.severity().id()).attr("message", Spans.oneLine(f)).attr("source", "edito." + f.rule());
            }
            x.end();
        }
        x.end();
        return x.finish();
    }

}
