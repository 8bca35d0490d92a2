package io.edito.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** YamlReader's UTF-8 check must accept exactly what the JDK's reporting decoder accepts. */
class Utf8CheckTest {
    private static boolean jdk(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void acceptsExactlyWhatTheJdkDecoderAccepts() {
        int[][] edges = {{0xC0, 0x80}, {0xC1, 0xBF}, {0xC2, 0x80}, {0xDF, 0xBF}, {0xE0, 0x9F, 0x80}, {0xE0, 0xA0, 0x80},
            {0xED, 0x9F, 0xBF}, {0xED, 0xA0, 0x80}, {0xEF, 0xBF, 0xBF}, {0xF0, 0x8F, 0x80, 0x80}, {0xF0, 0x90, 0x80, 0x80},
            {0xF4, 0x8F, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80}, {0xF5, 0x80, 0x80, 0x80}, {0xFF}, {0x80}, {0xE2, 0x82},
            {0xEF, 0xBB, 0xBF, 0x61}};
        for (int[] e : edges) {
            byte[] b = new byte[e.length];
            for (int i = 0; i < e.length; i++) {
                b[i] = (byte) e[i];
            }
            assertThat(YamlReader.isUtf8(b)).as(java.util.Arrays.toString(e)).isEqualTo(jdk(b));
        }
        Random r = new Random(42);
        String sample = "posts: é ü مرحبا 東京 👩‍✈️ 🇲🇦\n";
        byte[] valid = sample.getBytes(StandardCharsets.UTF_8);
        int invalid = 0;
        for (int n = 0; n < 20_000; n++) {
            // a run of whole characters of the sample, then, one time in two, one byte changed at random
            int[] cps = sample.codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (int k = 1 + r.nextInt(8); k > 0; k--) {
                sb.appendCodePoint(cps[r.nextInt(cps.length)]);
            }
            byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
            if (r.nextBoolean()) {
                b[r.nextInt(b.length)] = (byte) r.nextInt(256);
            }
            boolean expected = jdk(b);
            invalid += expected ? 0 : 1;
            assertThat(YamlReader.isUtf8(b)).as(java.util.Arrays.toString(b)).isEqualTo(expected);
        }
        assertThat(invalid).isBetween(2000, 12_000); // both outcomes well represented
        assertThat(YamlReader.isUtf8(valid)).isTrue();
    }
}
