package io.edito.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.metrics.Fixtures.Collect;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file parsed by several threads gives exactly what one stream gives. */
class ParallelReadTest {
    @TempDir
    Path tmp;

    /** ~1.5 MB generic export with multi-line quoted text, doubled quotes, stray inch marks and bad rows. */
    private Path bigFile(String eol) throws Exception {
        Path f = tmp.resolve("big.csv");
        Random rnd = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("network,post_id,type,published_at,impressions,reactions,comments,spend" + eol);
            for (int i = 0; i < 20000; i++) {
                String type = switch (i % 5) {
                    case 0 -> "\"multi" + eol + "line, with \"\"quotes\"\"" + eol + "\"";
                    case 1 -> "5\" screen";
                    case 2 -> "\"a,b\"";
                    default -> "reel";
                };
                String imp = i % 997 == 0 ? "lots" : Integer.toString(rnd.nextInt(10000));
                w.write((i % 2 == 0 ? "x" : "instagram") + ",id" + i + "," + type + ",2025-03-0" + (1 + i % 9) + "T10:00:00Z,"
                        + imp + "," + rnd.nextInt(100) + "," + rnd.nextInt(10) + "," + (i % 3 == 0 ? "1.25" : "") + eol);
            }
        }
        return f;
    }

    private static Collect read(Path f, boolean parallel, List<ReadSummary> out) {
        ExportReader.Options o = ExportReader.Options.defaults(ZoneId.of("UTC")).withAsOf(LocalDate.of(2026, 1, 1)).withParallel(parallel);
        Collect c = new Collect();
        out.add(new ExportReader(o, 64 * 1024).read(f, c));
        return c;
    }

    @Test
    void sameRecordsLinesAndIssuesAsOneStream() throws Exception {
        for (String eol : List.of("\n", "\r\n")) {
            Path f = bigFile(eol);
            List<ReadSummary> s = new java.util.ArrayList<>();
            Collect one = read(f, false, s);
            Collect many = read(f, true, s);
            assertThat(s.get(1)).usingRecursiveComparison().isEqualTo(s.get(0));
            assertThat(s.get(0).read()).isEqualTo(20000);
            assertThat(s.get(0).skipped()).isEqualTo(21);
            assertThat(s.get(0).issues().get(1)).endsWith(":" + lineOf(997) + ": column 'impressions': not a number: 'lots'");
            Comparator<PostMetrics> byLine = Comparator.comparingLong(PostMetrics::line);
            assertThat(many.posts.stream().sorted(byLine).toList()).isEqualTo(one.posts);
            assertThat(many.sum(Metric.SPEND)).isEqualTo(one.sum(Metric.SPEND));
        }
    }

    /** Line of data row {@code i}: the header is line 1 and every fifth row spans three lines. */
    private static long lineOf(int i) {
        return 2 + i + 2L * ((i + 4) / 5);
    }

    @Test
    void chunksStartAtRecordBoundaries() throws Exception {
        Path f = bigFile("\n");
        List<ChunkPlanner.Chunk> chunks = ChunkPlanner.plan(f, 0, 4, (byte) ',');
        assertThat(chunks).hasSize(4);
        byte[] all = Files.readAllBytes(f);
        String text = new String(all, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 1; i < chunks.size(); i++) {
            ChunkPlanner.Chunk c = chunks.get(i);
            assertThat(c.start()).isEqualTo(chunks.get(i - 1).end());
            String next = text.substring((int) c.start(), (int) c.start() + 2);
            assertThat(next).matches("x,|in");
            assertThat(c.linesBefore()).isEqualTo(text.substring(0, (int) c.start()).chars().filter(ch -> ch == '\n').count());
        }
        assertThat(chunks.get(3).end()).isEqualTo(all.length);
    }
}
