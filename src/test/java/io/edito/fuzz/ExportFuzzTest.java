package io.edito.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.edito.metrics.ExportReader;
import io.edito.metrics.InboxItem;
import io.edito.metrics.MetricsSink;
import io.edito.metrics.PostMetrics;
import io.edito.metrics.ReadSummary;
import io.edito.metrics.SeriesPoint;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** A network's CSV export: encoding and delimiter sniffing, header detection, every value parser. */
class ExportFuzzTest {
    private static final Path DIR = Fuzz.project();
    private static final ExportReader.Options OPTIONS = ExportReader.Options.defaults(ZoneId.of("Africa/Casablanca"))
            .withAsOf(LocalDate.of(2026, 12, 15));

    @FuzzTest(maxDuration = "20s")
    void export(byte[] data) {
        Path file = DIR.resolve("export.csv");
        Fuzz.write(file, data);
        Fuzz.inputErrorsOnly(() -> {
            long[] records = new long[1];
            ReadSummary s = new ExportReader(OPTIONS).read(file, new MetricsSink() {
                @Override
                public void post(PostMetrics post) {
                    records[0]++;
                }

                @Override
                public void series(SeriesPoint point) {
                    records[0]++;
                }

                @Override
                public void inbox(InboxItem item) {
                    records[0]++;
                }
            });
            if (s.used() + s.skipped() != s.read()) {
                throw new AssertionError("rows used " + s.used() + " + skipped " + s.skipped() + " != read " + s.read());
            }
            if (s.issues().size() > ExportReader.MAX_ISSUES) {
                throw new AssertionError(s.issues().size() + " issues kept, more than " + ExportReader.MAX_ISSUES);
            }
        });
    }
}
