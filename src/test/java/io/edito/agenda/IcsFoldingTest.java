package io.edito.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5545 §3.1: at most 75 octets a line, folded between code points, unfolded back to the same text. */
class IcsFoldingTest {

    /** Every physical line of {@code ics} decodes as UTF-8 on its own (no sequence split) and has ≤ 75 octets. */
    static void assertFoldedByOctets(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.substring(0, ics.length() - 2).split("\r\n", -1)) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).as(line).isLessThanOrEqualTo(75);
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError("a line splits a UTF-8 sequence: " + line, e);
            }
            assertThat(line.isEmpty() || !Character.isLowSurrogate(line.charAt(line.length() - 1))
                    || Character.isHighSurrogate(line.charAt(line.length() - 2))).as(line).isTrue();
            assertThat(line.isEmpty() || !Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isTrue();
        }
    }

    static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    void foldsFrenchArabicAndEmojiByOctets() {
        String french = "DESCRIPTION:Soldes d’hiver ❄️ : jusqu’à -30 % sur nos vols vers l’Europe et l’Afrique de "
                + "l’Ouest, réservez dès maintenant : des prix très élevés à éviter, déjà réglés.";
        String arabic = "SUMMARY:تخفيضات الشتاء على الرحلات إلى باريس، احجزوا الآن عبر تطبيق أطلس للطيران قبل نفاد المقاعد";
        String emoji = "DESCRIPTION:" + "✈️👩‍👩‍👧🧵🍵".repeat(12);
        String unfolded = "BEGIN:VEVENT\r\n" + french + "\r\n" + arabic + "\r\n" + emoji + "\r\nEND:VEVENT\r\n";
        String folded = IcsFolding.fold(unfolded);
        assertFoldedByOctets(folded);
        assertThat(unfold(folded)).isEqualTo(unfolded);
        assertThat(folded.split("\r\n")).hasSizeGreaterThan(unfolded.split("\r\n").length + 5);
    }

    @Test
    void aLineOfExactly75OctetsStaysWholeAndTheNextOctetFolds() {
        String line75 = "X".repeat(73) + "é"; // 73 + 2 octets
        assertThat(IcsFolding.fold(line75 + "\r\n")).isEqualTo(line75 + "\r\n");
        String line76 = "X".repeat(74) + "é"; // the é (2 octets) does not fit: it starts the next line
        assertThat(IcsFolding.fold(line76 + "\r\n")).isEqualTo("X".repeat(74) + "\r\n é\r\n");
        String emoji = "X".repeat(73) + "😀"; // 4 octets, one surrogate pair: moved whole
        assertThat(IcsFolding.fold(emoji + "\r\n")).isEqualTo("X".repeat(73) + "\r\n 😀\r\n");
    }

    @Test
    void continuationLinesCountTheirLeadingSpace() {
        String folded = IcsFolding.fold("D:" + "a".repeat(200) + "\r\n");
        String[] lines = folded.split("\r\n");
        assertThat(lines[0]).hasSize(75);
        assertThat(lines[1]).hasSize(75).startsWith(" ");
        assertThat(unfold(folded)).isEqualTo("D:" + "a".repeat(200) + "\r\n");
    }
}
