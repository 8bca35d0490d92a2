package io.edito.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.edito.cli.CliRun;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calendar limits of docs/calendar.md#limits that the loader enforces: posts in a calendar, thread length. */
class CalendarLimitsTest {
    @TempDir
    Path dir;
    Path cal;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("edito.yaml"), """
                brand: atlas-air
                timezone: Europe/Paris
                calendar: calendar/
                channels:
                  x: { handle: "@atlasair" }
                """);
        cal = Files.createDirectories(dir.resolve("calendar"));
    }

    /** {@code count} draft posts, split over two files so that the limit is one of the whole calendar. */
    private void drafts(int count) throws IOException {
        int half = count / 2;
        write(cal.resolve("a.yaml"), 0, half);
        write(cal.resolve("b.yaml"), half, count);
    }

    private static void write(Path file, int from, int to) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("posts:\n");
            for (int i = from; i < to; i++) {
                w.write("- {id: p" + i + ", channels: [x]}\n");
            }
        }
    }

    @Test
    void aHundredThousandPostsAreRead() throws IOException {
        drafts(CalendarLoader.MAX_POSTS);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.out()).contains("100000 posts in 2 files: 0 errors");
        assertThat(r.exit()).isZero();
    }

    @Test
    void onePostMoreIsAnErrorAtThatPost() throws IOException {
        drafts(CalendarLoader.MAX_POSTS + 1);
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        // b.yaml holds posts 50000-100000: the 100,001st post is its line 50002
        assertThat(r.out()).contains(cal.resolve("b.yaml") + ":50002:3: error: more than 100000 posts in the calendar");
    }

    @Test
    void threadsHoldAtMostTwentyFiveItems() throws IOException {
        String ok = "posts:\n  - id: t\n    at: 2026-12-01 18:30\n    channels: [x]\n    text: first\n    thread: ["
                + String.join(", ", java.util.Collections.nCopies(CalendarLoader.MAX_THREAD, "\"more\"")) + "]\n";
        Files.writeString(cal.resolve("t.yaml"), ok);
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
        Files.writeString(cal.resolve("t.yaml"), ok.replace("[\"more\"", "[\"one too many\", \"more\""));
        CliRun r = CliRun.of("validate", dir.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains(cal.resolve("t.yaml") + ":6:13: error: a thread of 26 items, more than the 25");
    }

    @Test
    void aTextNestedThousandsOfQuotesDeepIsAnErrorAtItNotACrash() throws IOException {
        // CommonMark reads "> > > ..." into a tree too deep to walk: it ended as "input nested too deeply", exit 3
        String deep = "> ".repeat(3000) + "hi";
        Files.writeString(cal.resolve("q.yaml"), "posts:\n  - id: q\n    at: 2026-12-01 18:30\n    channels: [x]\n"
                + "    text: \"" + deep + "\"\n");
        for (String command : new String[] {"validate", "check", "preview"}) {
            CliRun r = CliRun.of(command, dir.toString());
            assertThat(r.exit()).as(command).isEqualTo(2);
            assertThat(r.out() + r.err()).as(command).contains("q.yaml:5:11: error: text nested 3000 levels deep "
                    + "(quotes and lists), more than the 64 edito reads");
        }
        assertThat(io.edito.text.MarkdownNesting.depth("> a\n> > - b\n    1. c\n\tx")).isEqualTo(3);
        assertThat(io.edito.text.MarkdownNesting.depth("-\t-\t-\ta")).as("a tab after a marker").isEqualTo(3);
        assertThat(io.edito.text.MarkdownNesting.depth("a\n" + " ".repeat(140) + "b")).as("an indent alone: code").isZero();
        // a thread item and a text alike: one error each, at it, and no other (no 'missing text')
        Files.writeString(cal.resolve("q.yaml"), "posts:\n  - id: q\n    at: 2026-12-01 18:30\n    channels: [x]\n"
                + "    text: \"" + deep + "\"\n    thread: [\"" + "-\\t".repeat(3000) + "a\"]\n");
        CliRun both = CliRun.of("validate", dir.toString());
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.out()).contains("q.yaml:5:11: error: text nested 3000 levels deep")
                .contains("q.yaml:6:14: error: text nested 3000 levels deep").doesNotContain("missing")
                .contains("2 errors");
        Files.writeString(cal.resolve("q.yaml"), "posts:\n  - id: q\n    at: 2026-12-01 18:30\n    channels: [x]\n"
                + "    text: \"" + "> ".repeat(CalendarLoader.MAX_MARKDOWN_DEPTH) + "hi\"\n");
        assertThat(CliRun.of("validate", dir.toString()).exit()).isZero();
    }
}
