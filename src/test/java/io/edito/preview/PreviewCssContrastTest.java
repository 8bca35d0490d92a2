package io.edito.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The preview page's small white-on-colour labels (network chips, finding badges) and its coloured status text read
 * at WCAG AA's 4.5:1 at least: white on Bluesky's or TikTok's own blue or pink was 3.6:1 (a browser review, axe-core).
 */
class PreviewCssContrastTest {
    private static final Pattern ROOT_VAR = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern LABEL = Pattern.compile("\\.((?:chip|badge)-[a-z]+) \\{ background: ([^;]+); \\}");

    @Test
    void whiteLabelsAndStatusTextHaveAtLeastAaContrast() throws IOException {
        String css;
        try (InputStream in = HtmlPreview.class.getResourceAsStream("preview.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> vars = new HashMap<>();
        Matcher v = ROOT_VAR.matcher(css.substring(0, css.indexOf('}')));
        while (v.find()) {
            vars.put(v.group(1), v.group(2));
        }
        Matcher m = LABEL.matcher(css);
        int labels = 0;
        while (m.find()) {
            String colour = m.group(2).strip();
            if (colour.startsWith("var(--")) {
                colour = vars.get(colour.substring(6, colour.length() - 1));
            }
            assertThat(contrast(colour, "#ffffff")).as("white on ." + m.group(1) + " (" + colour + ")")
                    .isGreaterThanOrEqualTo(4.5);
            labels++;
        }
        assertThat(labels).as("the chips of 8 networks and 4 badges").isGreaterThanOrEqualTo(12);
        // draft and review statuses are written in --warning on the page's white and grey
        assertThat(contrast(vars.get("warning"), "#ffffff")).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(vars.get("warning"), vars.get("bg"))).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast(vars.get("muted"), vars.get("bg"))).isGreaterThanOrEqualTo(4.5);
        // Mastodon's dark frame: its lengths inside it, a length over the limit in a red that reads there; the foot
        // under the card is on white and keeps the page's colours (it was Mastodon's pale grey: 2.3:1, review)
        String frame = "#282c37";
        assertThat(contrast("#9baec8", frame)).isGreaterThanOrEqualTo(4.5);
        assertThat(contrast("#ff9494", frame)).isGreaterThanOrEqualTo(4.5);
        assertThat(css).contains(".net-mastodon .frame .length.over { color: #ff9494; }").doesNotContain(".net-mastodon .mock-foot");
        assertThat(contrast(vars.get("error"), "#ffffff")).isGreaterThanOrEqualTo(4.5);
    }

    /** WCAG 2's contrast ratio of two sRGB colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        String hex = colour.length() == 4 // #000: #000000
                ? "#" + colour.charAt(1) + colour.charAt(1) + colour.charAt(2) + colour.charAt(2) + colour.charAt(3)
                + colour.charAt(3) : colour;
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
