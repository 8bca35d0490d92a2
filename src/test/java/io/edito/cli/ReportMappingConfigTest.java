package io.edito.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mappings of edito.yaml (docs/kpi.md, user-defined mappings): errors name their position. */
class ReportMappingConfigTest {
    @TempDir
    Path tmp;

    private String[] run(String mapping) throws Exception {
        Files.createDirectories(tmp.resolve("calendar"));
        Files.writeString(tmp.resolve("calendar/2026-12.yaml"), "posts: []\n");
        Files.writeString(tmp.resolve("edito.yaml"), """
                brand: demo
                name: Demo
                timezone: Europe/Paris
                languages: [fr]
                calendar: calendar/
                channels:
                  instagram: { handle: "demo" }
                metrics:
                  mappings:
                    hoot:
                """ + mapping);
        Path csv = tmp.resolve("hoot.csv");
        Files.writeString(csv, "Date,Views\n2026-12-03 10:00,120\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "--config", tmp.resolve("edito.yaml").toString(),
                "report", csv.toString(), "--as-of", "2026-12-31");
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void aGoodMappingReadsTheExport() throws Exception {
        String[] r = run("""
                      network: instagram
                      columns:
                        Date: published_at
                        Views: impressions
                """);
        assertThat(r[2]).isEmpty();
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1]).contains("mapping hoot");
    }

    @Test
    void anUnknownFieldNameOrKeyNamesItsLineAndColumn() throws Exception {
        String[] field = run("""
                      network: instagram
                      columns:
                        Date: published_at
                        Views: impresions
                """);
        assertThat(field[0]).isEqualTo("2");
        assertThat(field[2]).contains("edito.yaml:14:16: error: metrics.mappings.hoot: column 'Views' maps to unknown field 'impresions'");
        String[] key = run("""
                      network: instagram
                      colums:
                        Date: published_at
                """);
        assertThat(key[0]).isEqualTo("2");
        assertThat(key[2]).contains("edito.yaml:12:7: error: metrics.mappings.hoot: unknown key 'colums'");
    }

    @Test
    void validateAndCheckReportABadMappingToo() throws Exception {
        run("""
                      columns:
                        Views: impresions
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "validate", tmp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(out.toString() + err.toString()).contains("edito.yaml:12:16: error: metrics.mappings.hoot: column 'Views' maps to "
                + "unknown field 'impresions'");
    }

    @Test
    void aMappingWithoutColumnsIsToldAtItsName() throws Exception {
        String[] r = run("""
                      network: instagram
                """);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("edito.yaml:10:5: error: metrics.mappings.hoot: no columns");
    }
}
