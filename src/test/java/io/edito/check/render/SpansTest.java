package io.edito.check.render;

import static io.edito.check.render.Fixtures.DEC;
import static io.edito.check.render.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.edito.check.Finding;
import io.edito.core.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SpansTest {
    @Test
    void utf16ColumnsCountTwoUnitsForCharactersOutsideTheBmp() {
        String line = "a👨‍👩‍👧b"; // a, man, ZWJ, woman, ZWJ, girl, b: 7 code points, 10 UTF-16 units
        assertThat(Spans.utf16Column(line, 1)).isEqualTo(1);
        assertThat(Spans.utf16Column(line, 2)).isEqualTo(2);   // the man
        assertThat(Spans.utf16Column(line, 3)).isEqualTo(4);   // the ZWJ after him
        assertThat(Spans.utf16Column(line, 7)).isEqualTo(10);  // b, after 1 + 2 + 1 + 2 + 1 + 2 units
        assertThat(Spans.utf16Column(line, 8)).isEqualTo(11);  // just past the end
        assertThat(Spans.utf16Column(line, 10)).isEqualTo(13); // further: one unit per missing column
        assertThat(Spans.utf16Column(null, 5)).isEqualTo(5);
        assertThat(Spans.utf16Column("é\u0301ب\u064E", 4)).isEqualTo(4); // combining marks and Arabic: BMP
    }

    @Test
    void anEndBeforeTheStartOrMissingIsTheStart() {
        Finding backwards = new Finding("r", Severity.ERROR, "p", null, null, at(DEC, 3, 5), at(DEC, 3, 2), "m", null);
        Finding noEnd = new Finding("r", Severity.ERROR, "p", null, null, at(DEC, 3, 5), null, "m", null);
        assertThat(Spans.end(backwards)).isEqualTo(at(DEC, 3, 5));
        assertThat(Spans.end(noEnd)).isEqualTo(at(DEC, 3, 5));
    }

    @Test
    void printableReplacesControlsButKeepsTabsAndEverythingElse() {
        assertThat(Spans.printable("a\tb\u001b[2Jc\u0085d\u007f é 🎉 ب")).isEqualTo("a\tb\uFFFD[2Jc\uFFFDd\uFFFD é 🎉 ب");
        assertThat(Spans.printable(null)).isEmpty();
    }

    @Test
    void pathsAndSummaries() {
        assertThat(Spans.slashed(Path.of("calendar", "dec.yaml"))).isEqualTo("calendar/dec.yaml");
        assertThat(Spans.slashed(null)).isEqualTo("<input>");
        assertThat(Spans.summary(Fixtures.result())).isEqualTo("4 errors, 1 warning, 1 info in 3 posts (4 post×channel checked)");
        assertThat(Spans.subject("p", null)).isEqualTo("p");
        assertThat(Spans.subject(null, null)).isEqualTo("(file)");
    }
}
