package io.edito.cli;

import io.edito.cli.man.ManPageRenderer;
import io.edito.core.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Build step (exec-maven-plugin, process-test-classes): writes the man pages edito(1), edito-check(1), ... in roff
 * into {@code DIR/man1/}, from the same command model as --help and the completion scripts. Usage:
 * {@code ManPages DIR VERSION OUTPUT-TIMESTAMP}, the last two from the pom ({@code project.version},
 * {@code project.build.outputTimestamp}): the pages carry the project's date, never the build's.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ManPages DIR VERSION OUTPUT-TIMESTAMP");
        }
        write(Path.of(args[0]), args[1], date(args[2]));
    }

    /** Writes every page into {@code dir/man1}, removing pages of commands that no longer exist. */
    public static void write(Path dir, String version, LocalDate date) throws IOException {
        Map<String, String> pages = new ManPageRenderer("edito " + version, date).render(commandLine());
        Path man1 = dir.resolve("man1");
        Files.createDirectories(man1);
        try (Stream<Path> old = Files.list(man1)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".1")).toList()) {
                if (!pages.containsKey(p.getFileName().toString())) {
                    Files.delete(p);
                }
            }
        }
        for (Map.Entry<String, String> e : pages.entrySet()) {
            AtomicFiles.writeString(man1.resolve(e.getKey()), e.getValue());
        }
    }

    /** The root command as edito runs it. */
    public static CommandLine commandLine() {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /**
     * The day of Maven's {@code project.build.outputTimestamp}: an ISO-8601 date-time with offset, or seconds since
     * the epoch (both forms Maven accepts), in UTC.
     */
    public static LocalDate date(String outputTimestamp) {
        String t = outputTimestamp.strip();
        Instant instant = t.matches("\\d+") ? Instant.ofEpochSecond(Long.parseLong(t)) : OffsetDateTime.parse(t).toInstant();
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
