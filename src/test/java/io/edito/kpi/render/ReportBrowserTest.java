package io.edito.kpi.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.browser.Chromium;
import io.edito.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `edito report --format html` on exports whose every text cell, and whose file name, carries a script payload: in
 * real headless Chromium nothing runs (the title is unchanged, no element was added, the console is silent), and the
 * payloads are on the page as text. The control test of PreviewBrowserTest proves that these checks see a payload run.
 */
class ReportBrowserTest {
    static final String JS = Chromium.JS;
    /** One payload per kind of place: element content, attribute breakout, URL, SVG, style. */
    static final List<String> PAYLOADS = List.of(
            "<script>" + JS + "</script>",
            "\"><img src=x onerror=\"" + JS + "\">",
            "'><svg onload='" + JS + "'>",
            "javascript:" + JS,
            "</title><script>" + JS + "</script>",
            "<style>body{display:none}</style><iframe src=\"javascript:" + JS + "\"></iframe>");

    @TempDir
    Path tmp;

    @BeforeAll
    static void chromium() throws Exception {
        Chromium.require();
    }

    static String csv(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    @Test
    void hostileExportFieldsAndFileNamesRunNothingInTheReport() throws Exception {
        StringBuilder rows = new StringBuilder("network,post_id,permalink,published_at,type,impressions,reactions,comments,"
                + "campaign,pillar\n");
        int day = 1;
        for (String p : PAYLOADS) {
            for (String permalink : List.of("https://x.com/a/status/" + day + "?q=" + p, p)) {
                rows.append("x,").append(csv(p + day)).append(',').append(csv(permalink)).append(",2025-03-")
                        .append(String.format("%02d", day)).append("T10:00:00Z,").append(csv(p)).append(",100,")
                        .append(day).append(",1,").append(csv(p)).append(',').append(csv(p)).append('\n');
                day++;
            }
        }
        // malformed rows: their cells come back in the "Skipped rows" list
        for (String p : PAYLOADS) {
            rows.append("x,bad,,2025-03-20T10:00:00Z,image,").append(csv(p)).append(",1,1,c,p\n");
        }
        // plain rows, so that the malformed ones stay within the share of bad rows an export may have
        for (int i = 0; i < 20 * PAYLOADS.size(); i++) {
            rows.append("x,plain").append(i).append(",,2025-03-25T10:00:00Z,image,100,1,1,c,p\n");
        }
        Path export = tmp.resolve("\"><img src=x onerror=" + JS + ">.csv");
        Files.writeString(export, rows);
        Path page = tmp.resolve("report.html");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "report", "--no-calendar",
                "--tz", "UTC", "--as-of", "2025-04-01", "--format", "html", "--by", "campaign,type,pillar",
                "--top", "5", "--target", "posts>=1000", "-o", page.toString(), export.toString());
        assertThat(code).as(err.toString()).isEqualTo(1); // the target is missed on purpose: its section shows
        String html = Files.readString(page);
        assertThat(html).contains("Skipped rows").contains("&lt;script&gt;document.title=");

        Chromium.Run run = Chromium.load(page, tmp, "--dump-dom");
        assertThat(run.dom()).as("the page loaded").contains("KPI report").contains("</html>");
        assertThat(run.dom()).doesNotContain("<title>" + Chromium.TITLE_PAYLOAD).doesNotContain("<" + Chromium.MARKER);
        assertThat(run.dom()).contains("&lt;script&gt;document.title='PWNED'")
                .contains("onerror=document.title=");
        assertThat(run.dom()).doesNotContain("href=\"javascript:");
        assertThat(run.consoleLines()).as("console messages (errors, CSP violations)").isEmpty();
    }
}
