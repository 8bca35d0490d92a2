package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edito.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlSafetyTest {
    @TempDir
    Path tmp;

    @Test
    void unsafeUrlsAreDropped() {
        assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeUrl("  JavaScript:alert(1)")).isNull();
        assertThat(Html.safeUrl("java\tscript:alert(1)")).isNull();
        assertThat(Html.safeUrl("java\nscript:alert(1)")).isNull();
        assertThat(Html.safeUrl("vbscript:msgbox")).isNull();
        assertThat(Html.safeUrl("data:text/html;base64,PHNjcmlwdD4=")).isNull();
        assertThat(Html.safeUrl("file:///etc/passwd")).isNull();
        assertThat(Html.safeUrl("https://atlas.example/a?b=1&c=2")).isEqualTo("https://atlas.example/a?b=1&c=2");
        assertThat(Html.safeUrl("mailto:cm@atlas.example")).isEqualTo("mailto:cm@atlas.example");
        assertThat(Html.safeUrl("assets/winter%20sale.png")).isEqualTo("assets/winter%20sale.png");
        assertThat(Html.safeUrl("#post-1")).isEqualTo("#post-1");
        assertThat(Html.safeUrl("data:image/png;base64,iVBORw0KGgo=")).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
    }

    @Test
    void theBuilderCannotWriteScriptOrHandlers() {
        assertThatThrownBy(() -> Html.el("script")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.el("iframe")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.el("img").attr("onerror", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.el("div").attr("style", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Html.el("div").attr("a b", "x")).isInstanceOf(IllegalArgumentException.class);
        StringBuilder sb = new StringBuilder();
        Html.el("a").attr("href", "javascript:alert(1)").attr("title", "\"><script>x</script>")
                .text("<b>&'\"").write(sb);
        assertThat(sb.toString()).isEqualTo("<a title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">"
                + "&lt;b&gt;&amp;&#39;&quot;</a>");
    }

    @Test
    void commonMarkSourceIsEscapedAndLinksSanitised() {
        StringBuilder sb = new StringBuilder();
        SafeMarkdown.render("*hi* <script>alert(1)</script> [x](javascript:alert(1)) [y](https://ok.example) "
                + "![p](https://tracker.example/p.png) <img src=x onerror=alert(1)>").write(sb);
        String html = sb.toString();
        assertThat(html).contains("<em>hi</em>", "&lt;script&gt;", "href=\"\"", "href=\"https://ok.example\"",
                "[image: p]", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(html).doesNotContain("<script", "javascript:", "<img", "tracker.example");
    }

    @Test
    void hostileCalendarGivesAPageWithoutMarkupFromTheCalendar() throws Exception {
        Path project = Hostile.project(tmp.resolve("evil"));
        Path out = tmp.resolve("out/page.html");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o, true), new PrintWriter(e, true), "preview", "--html", out.toString(),
                project.toString());
        assertThat(code).as(e.toString()).isZero();
        String page = Files.readString(out);
        assertThat(page).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<svg")
                .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<object")
                .doesNotContainIgnoringCase("href=\"javascript:").doesNotContainIgnoringCase("src=\"javascript:")
                .doesNotContainIgnoringCase("href=\"data:").doesNotContain("onerror=\"").doesNotContain("onload=\"")
                .doesNotContainIgnoringCase("<style>body").doesNotContain("tracker.example/p.png\"");
        // the payloads are there, as text
        assertThat(page).contains("&lt;script&gt;document.title=&#39;PWNED&#39;");
        // the image is embedded, the safe link kept with its ampersand escaped
        assertThat(page).contains("src=\"data:image/png;base64,").contains("href=\"https://ok.example/path?a=1&amp;b=");
        assertThat(page).contains("Content-Security-Policy").contains("script-src 'none'");
    }
}
