package io.edito.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.edito.network.Network;
import io.edito.network.Networks;
import io.edito.network.TextField;
import io.edito.text.DisplayedText;
import io.edito.text.Measurement;
import io.edito.text.NetworkText;
import io.edito.text.TextMeasure;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Markdown to the text a network shows, and its length in every network's unit. Besides not failing, the mapping
 * back to the source must stay within the source (findings underline it) and the counts must be sane.
 */
class NetworkTextFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void networkText(byte[] data) {
        String source = new String(data, StandardCharsets.UTF_8);
        DisplayedText shown = NetworkText.renderMapped(source);
        String text = shown.text();
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new AssertionError("displayed text is not NFC");
        }
        for (int i = 0; i <= text.length(); i++) {
            int at = shown.sourceOffset(i);
            if (at < 0 || at > source.length()) {
                throw new AssertionError("character " + i + " maps to " + at + ", outside the source 0-" + source.length());
            }
        }
        if (!text.isEmpty()) {
            int[] range = shown.sourceRange(0, text.length());
            if (range[0] < 0 || range[1] > source.length() + 1 || range[0] > range[1]) {
                throw new AssertionError("source range " + range[0] + "-" + range[1] + " of " + source.length());
            }
        }
        for (Network n : Networks.defaults().all()) {
            for (TextField f : TextField.values()) {
                if (n.limit(f).isPresent()) {
                    for (Measurement m : TextMeasure.measureAll(n, f, text)) {
                        if (m.count() < 0) {
                            throw new AssertionError(n.name() + " " + f + " counts " + m.count());
                        }
                    }
                }
            }
        }
        Measurement m = TextMeasure.measureMastodon(Networks.get("mastodon"), text, source);
        if (m.count() < 0) {
            throw new AssertionError("mastodon counts " + m.count());
        }
    }
}
